import { existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

// Node 20 cannot run TypeScript, so the Node entry points (proxy server, command line, demo, bench) are
// bundled into dist/node/. Dependencies stay external: they are installed beside the bundle.
const entries = {
  proxy: 'proxy/adapters/node-main.ts',
  cli: 'cli/main.ts',
  demo: 'demo/start.ts',
  bench: 'bench/run.ts',
  // A separate process, so load and proxy do not share an event loop.
  'load-generator': 'bench/load-generator.ts',
};
for (const [name, file] of Object.entries(entries)) {
  if (!existsSync(file)) throw new Error(`vite.node.config.ts: entry "${name}" (${file}) is missing`);
}

export default defineConfig({
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist/node',
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    rollupOptions: {
      input: entries,
      external: [...builtinModules, /^node:/],
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
