#!/usr/bin/env node
// The `storefront-consent` executable. The command line is bundled into dist/node/cli.js by
// `npm run build:node` (Node 20 cannot run the TypeScript source in cli/).
const bundle = new URL('../dist/node/cli.js', import.meta.url);

let cli;
try {
  cli = await import(bundle.href);
} catch (error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/node/cli.js')) {
    process.stderr.write('storefront-consent: dist/node/cli.js is missing; run `npm run build:node` first\n');
    process.exit(1);
  }
  throw error;
}
await cli.main();
