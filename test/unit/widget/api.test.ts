import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { announce, CHANGE_EVENT } from '../../../widget/announce';
import { type Change, type Snapshot, setCategories } from '../../../widget/consent';
import { startWidget } from '../../../widget/controller';
import { configFrom } from './config-helper';

const config = configFrom();
/** The current harness's listener for the page's change event, on window as the page hears it. */
let listener: EventListener = () => {};

/**
 * The page API of a real boot (controller.ts) over a bare in-memory decision: its core decides as the
 * real one does, then tells the page with announce.ts. Resolves once that core has loaded, as it does
 * on a page that shows the banner, so every call below acts at once.
 */
async function harness() {
  const events: Snapshot[] = [];
  listener = (e) => events.push((e as CustomEvent<Snapshot>).detail);
  addEventListener(CHANGE_EVENT, listener);
  const api = startWidget({
    config,
    gpc: false,
    load: () => null,
    signal: () => {},
    gate: () => () => {},
    loadCore: async () => ({
      startCore(boot) {
        const decide = (change: Change) => {
          const before = boot.get();
          boot.replace(setCategories(boot.allowed(), change, config, false, Date.now()));
          boot.enforce();
          announce(before, boot);
        };
        return {
          start: () => {},
          acceptAll: () => decide({ allow: ['functional', 'analytics', 'targeting'] }),
          rejectAll: () => decide({ deny: ['functional', 'analytics', 'targeting'] }),
          set: decide,
          open: () => {
            throw new Error('no UI here');
          },
        };
      },
    }),
  });
  await new Promise((r) => setTimeout(r, 0));
  return { api, events };
}

let error: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  error = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  error.mockRestore();
  removeEventListener(CHANGE_EVENT, listener);
});

describe('page API', () => {
  it('answers get() and has()', async () => {
    const { api } = await harness();
    expect(api.get().allow).toEqual(['essential']);
    expect(api.has('essential')).toBe(true);
    expect(api.has('analytics')).toBe(false);
    api.set({ allow: ['analytics'] });
    expect(api.has('analytics')).toBe(true);
  });

  it('calls back once per change with the new state, and dispatches the change event with get() as detail', async () => {
    const { api, events } = await harness();
    const seen: Snapshot[] = [];
    api.onChange((s) => seen.push(s));
    api.acceptAll();
    expect(seen).toHaveLength(1);
    expect(seen[0]?.allow).toEqual(['essential', 'functional', 'analytics', 'targeting']);
    expect(events).toEqual([api.get()]);
  });

  it('does not call back for a decision identical to the current one', async () => {
    const { api, events } = await harness();
    const callback = vi.fn();
    api.onChange(callback);
    api.rejectAll();
    api.rejectAll();
    api.set({ deny: ['targeting'] });
    expect(callback).toHaveBeenCalledTimes(1);
    expect(events).toHaveLength(1);
    api.set({ allow: ['analytics'] });
    expect(callback).toHaveBeenCalledTimes(2);
  });

  it('stops calling back after unsubscribing', async () => {
    const { api } = await harness();
    const callback = vi.fn();
    const off = api.onChange(callback);
    off();
    api.acceptAll();
    expect(callback).not.toHaveBeenCalled();
  });

  it('keeps calling other callbacks when one throws, and never throws into the page', async () => {
    const { api } = await harness();
    const after = vi.fn();
    api.onChange(() => {
      throw new Error('theme bug');
    });
    api.onChange(after);
    expect(() => api.acceptAll()).not.toThrow();
    expect(after).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledWith('storefront-consent:', expect.any(Error));
    expect(() => api.open()).not.toThrow();
  });

  it('shrugs off bad arguments', async () => {
    const { api } = await harness();
    expect(() => api.set(null as never)).not.toThrow();
    expect(() => api.set({ allow: 'analytics' } as never)).not.toThrow();
    expect(() => api.onChange('nope' as never)()).not.toThrow();
    expect(api.has('marketing' as never)).toBe(false);
  });
});
