// Files read from a folder on disk for the local servers (the demo storefront, the browser tests'
// storefront, the bench), with the one table of content types they all send.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

export const CONTENT_TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
} as const;

export interface StaticFile {
  type: string;
  body: Buffer;
}

/** The file at `path` under `root`; null when it is missing, outside `root`, or of a type not in the table. */
export async function readStaticFile(root: string, path: string): Promise<StaticFile | null> {
  const type = (CONTENT_TYPES as Record<string, string | undefined>)[extname(path)];
  if (!type) return null;
  const base = join(normalize(root), sep);
  const file = join(base, path);
  if (!file.startsWith(base)) return null;
  try {
    return { type, body: await readFile(file) };
  } catch {
    return null;
  }
}
