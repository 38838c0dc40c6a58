import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundleWorker } from '../../scripts/worker-bundle';

// SPEC 11: the Workers upload stays at or under 30 KB gzip.
const CEILING_BYTES = 30 * 1024;

describe('Workers bundle', () => {
  it('stays under 30 KB gzip with jose and zod inside', async () => {
    const code = await bundleWorker();
    const gzip = gzipSync(code, { level: 9 }).byteLength;
    console.log(`Workers bundle: ${code.length} bytes, ${gzip} bytes gzip (ceiling ${CEILING_BYTES})`);
    expect(gzip).toBeLessThanOrEqual(CEILING_BYTES);
    expect(code).toContain('HS256');
    expect(code).not.toMatch(/from\s*["'](jose|zod)/);
  });

  it('imports no Node built-in', async () => {
    expect(await bundleWorker()).not.toMatch(/["']node:/);
  });
});
