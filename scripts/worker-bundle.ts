// Bundles the Workers adapter as `wrangler deploy` uploads it (wrangler.toml sets `minify = true`):
// one minified ES module with jose and zod inside. The size test, the workerd tests and the bench use it.
import { build, type Rolldown } from 'vite';

export const WORKER_ENTRY = 'proxy/adapters/workers.ts';

export async function bundleWorker(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    resolve: { conditions: ['workerd', 'worker', 'browser', 'import', 'default'] },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      modulePreload: false,
      rolldownOptions: {
        input: WORKER_ENTRY,
        preserveEntrySignatures: 'strict',
        output: { format: 'es', entryFileNames: 'worker.js' },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((item) => item.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('vite produced no worker chunk');
  return chunk.code;
}
