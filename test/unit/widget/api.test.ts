import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANGE_EVENT, createApi } from '../../../widget/api';
import { type Change, type Snapshot, setCategories, snapshot } from '../../../widget/consent';
import type { ConsentRecord } from '../../../widget/types';
import { configFrom } from './config-helper';

const config = configFrom();

/** The API over a bare in-memory decision, as the widget wires it. */
function harness() {
  let record: ConsentRecord | null = null;
  const events: Snapshot[] = [];
  const target = new EventTarget();
  target.addEventListener(CHANGE_EVENT, (e) => events.push((e as CustomEvent<Snapshot>).detail));
  const decide = (change: Change) => {
    record = setCategories(snapshot(record, config, 0).allow, change, config, false, 1000);
    changed();
  };
  const { api, changed } = createApi(
    {
      get: () => snapshot(record, config, 0),
      acceptAll: () => decide({ allow: ['functional', 'analytics', 'targeting'] }),
      rejectAll: () => decide({ deny: ['functional', 'analytics', 'targeting'] }),
      set: decide,
      open: () => {
        throw new Error('no UI here');
      },
    },
    target,
  );
  return { api, events };
}

let error: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  error = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => error.mockRestore());

describe('page API', () => {
  it('answers get() and has()', () => {
    const { api } = harness();
    expect(api.get().allow).toEqual(['essential']);
    expect(api.has('essential')).toBe(true);
    expect(api.has('analytics')).toBe(false);
    api.set({ allow: ['analytics'] });
    expect(api.has('analytics')).toBe(true);
  });

  it('calls back once per change with the new state, and dispatches the change event with get() as detail', () => {
    const { api, events } = harness();
    const seen: Snapshot[] = [];
    api.onChange((s) => seen.push(s));
    api.acceptAll();
    expect(seen).toHaveLength(1);
    expect(seen[0]?.allow).toEqual(['essential', 'functional', 'analytics', 'targeting']);
    expect(events).toEqual([api.get()]);
  });

  it('does not call back for a decision identical to the current one', () => {
    const { api, events } = harness();
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

  it('stops calling back after unsubscribing', () => {
    const { api } = harness();
    const callback = vi.fn();
    const off = api.onChange(callback);
    off();
    api.acceptAll();
    expect(callback).not.toHaveBeenCalled();
  });

  it('keeps calling other callbacks when one throws, and never throws into the page', () => {
    const { api } = harness();
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

  it('shrugs off bad arguments', () => {
    const { api } = harness();
    expect(() => api.set(null as never)).not.toThrow();
    expect(() => api.set({ allow: 'analytics' } as never)).not.toThrow();
    expect(() => api.onChange('nope' as never)()).not.toThrow();
    expect(api.has('marketing' as never)).toBe(false);
  });
});
