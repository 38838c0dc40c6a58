// The widget never throws into the storefront (STYLE 6): every call the page or a browser event can
// reach goes through here, and a failure becomes one console.error instead of a broken page.

/** Log a failure: one line in the console, never a throw. */
export const logError = (e: unknown): void => console.error('storefront-consent:', e);

/** Run `fn`; on a throw, log it and return `fallback`. */
export function safeRun<T>(fn: () => T, fallback: T): T;
export function safeRun<T>(fn: () => T): T | undefined;
export function safeRun<T>(fn: () => T, fallback?: T): T | undefined {
  try {
    return fn();
  } catch (e) {
    logError(e);
    return fallback;
  }
}
