import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundleWorker } from '../../scripts/worker-bundle';

/** The measured size plus about 2 %, far inside the 30 KB budget: the upload cannot grow unnoticed. */
const CEILING_BYTES = 23_500;

describe('Workers bundle', () => {
  it('stays within its ceiling, well under the 30 KB gzip budget, with jose, zod and the D1 record store inside', async () => {
    const code = await bundleWorker();
    const gzip = gzipSync(code, { level: 9 }).byteLength;
    console.log(`Workers bundle: ${code.length} bytes, ${gzip} bytes gzip (ceiling ${CEILING_BYTES})`);
    expect(gzip, `the Workers bundle is ${gzip} bytes gzip`).toBeLessThanOrEqual(CEILING_BYTES);
    expect(code).toContain('HS256');
    expect(code).not.toMatch(/from\s*["'](jose|zod)/);
  });

  it('imports no Node built-in', async () => {
    expect(await bundleWorker()).not.toMatch(/["']node:/);
  });
});
