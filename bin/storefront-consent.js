#!/usr/bin/env node
// The `storefront-consent` executable: the command line is bundled into dist/node/cli.js by
// `npm run build:node` (Node 20 cannot run the TypeScript source).
import { main } from '../dist/node/cli.js';

await main();
