// `npm run proxy`: the proxy on Node, configured from the environment.
import { ConfigError } from '../errors';
import { serveNode } from './node';

async function main(): Promise<void> {
  let server: Awaited<ReturnType<typeof serveNode>>;
  try {
    server = await serveNode(process.env);
  } catch (error) {
    console.error(
      error instanceof ConfigError ? error.message : `The proxy could not start: ${String(error)}`,
    );
    process.exit(1);
  }
  console.error(`Storefront Consent proxy listening on ${server.url}`);
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

void main();
