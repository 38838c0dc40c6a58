// The scan could not run (no Chromium, the store unreachable): one line on stderr and exit code 2.
export class ScanError extends Error {
  override readonly name = 'ScanError';
}
