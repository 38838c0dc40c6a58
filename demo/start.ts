// `npm start`: the whole system on one machine. Prints the one URL to open; Ctrl-C (SIGINT) or
// SIGTERM stops every server it started and exits 0.
import { ConfigError } from '../proxy/errors';
import { DemoError, startDemo } from './stack';

function portFrom(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new DemoError(`DEMO_PORT must be a port number (0 picks a free one), not "${value}"`);
  }
  return port;
}

function themeFrom(value: string | undefined): 'leaky' | undefined {
  if (value === undefined || value.trim() === '' || value === 'gated') return undefined;
  if (value === 'leaky') return 'leaky';
  throw new DemoError(`DEMO_THEME must be "leaky" or "gated" (the default), not "${value}"`);
}

async function main(): Promise<void> {
  const theme = themeFrom(process.env.DEMO_THEME);
  const demo = await startDemo({ port: portFrom(process.env.DEMO_PORT), ...(theme ? { theme } : {}) });
  console.log(
    [
      '',
      `Storefront Consent demo (${demo.mode === 'real' ? 'your real BigCommerce store' : 'no BigCommerce account needed'})`,
      ...demo.lines.map((line) => `  ${line}`),
      '',
      `  Open ${demo.url}`,
      '',
      'Ctrl-C stops it.',
    ].join('\n'),
  );

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1); // a second Ctrl-C: do not wait any longer
    stopping = true;
    console.log(
      `\n${signal}: stopping ${demo.standIn ? 'the storefront, the proxy and the stand-in' : 'the storefront and the proxy'}.`,
    );
    demo.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Could not stop cleanly:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  // Problems the person can fix (the demo's own, the proxy's configuration) are one line each.
  const fixable = error instanceof DemoError || error instanceof ConfigError;
  console.error(fixable ? `npm start: ${error.message}` : error);
  process.exit(1);
});
