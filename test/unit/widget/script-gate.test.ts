// happy-dom runs no script: these tests watch which live scripts the gate inserts, where and in what
// order. That they execute is checked in Chromium (test/e2e).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Category } from '../../../core/categories';
import { activeScript, createGate, FRAME_SRC, type Gate, isReleased } from '../../../widget/script-gate';

let allowed: Category[];
let gate: Gate | null;
let inserted: string[];
let watcher: MutationObserver;

/** Names (data-name) of live scripts and loaded iframes, in the order the gate inserted them. */
const record = (records: MutationRecord[]) => {
  for (const r of records)
    for (const n of Array.from(r.addedNodes))
      if (n instanceof HTMLScriptElement && n.type !== 'text/plain') inserted.push(n.dataset.name || '?');
};

/** What the gate has inserted so far, read synchronously. */
const ran = () => {
  record(watcher.takeRecords());
  return inserted;
};

const start = () => {
  gate = createGate(document, () => allowed, null);
  gate.release();
};
const settle = () => new Promise((r) => setTimeout(r, 20));

beforeEach(() => {
  document.body.innerHTML = '';
  allowed = ['essential'];
  inserted = [];
  watcher = new MutationObserver(record);
  watcher.observe(document.body, { childList: true, subtree: true });
});
afterEach(() => {
  gate?.observer.disconnect();
  gate = null;
  watcher.disconnect();
});

describe('script gate', () => {
  it('releases an element only when every category it names is allowed', () => {
    expect(isReleased(['analytics'], ['essential', 'analytics'])).toBe(true);
    expect(isReleased(['analytics', 'targeting'], ['essential', 'analytics'])).toBe(false);
    expect(isReleased(['marketing'], ['essential', 'analytics'])).toBe(false);
    expect(isReleased([], ['essential', 'analytics'])).toBe(false);
  });

  it('runs nothing before consent, then each allowed script once, in document order', async () => {
    document.body.innerHTML = `
      <script type="text/plain" data-consent="analytics" data-name="a">1</script>
      <script type="text/plain" data-consent="targeting" data-name="t">2</script>
      <script type="text/plain" data-consent="analytics targeting" data-name="both">3</script>
      <script type="text/plain" data-consent="analytics" data-name="b">4</script>`;
    start();
    await settle();
    expect(ran()).toEqual([]);
    allowed = ['essential', 'analytics'];
    gate?.release();
    expect(ran()).toEqual(['a', 'b']);
    allowed = ['essential', 'analytics', 'targeting'];
    gate?.release();
    gate?.release();
    expect(ran()).toEqual(['a', 'b', 't', 'both']);
    expect(document.querySelectorAll('script[type="text/plain"]').length).toBe(0);
  });

  it('holds later gated scripts until an external script has loaded or failed', () => {
    allowed = ['essential', 'analytics'];
    document.body.innerHTML = `
      <script type="text/plain" data-consent="analytics" data-name="lib" src="https://cdn.example/lib.js"></script>
      <script type="text/plain" data-consent="analytics" data-name="init">lib.init()</script>
      <script type="text/plain" data-consent="analytics" data-name="other" src="https://cdn.example/other.js"></script>
      <script type="text/plain" data-consent="analytics" data-name="last">1</script>`;
    // happy-dom answers a script load at once; hold each answer back to play the network.
    const answers: Array<() => void> = [];
    const replayed = new WeakSet<Event>();
    const doc = Object.create(document, {
      createElement: {
        value: (tag: string) => {
          const el = document.createElement(tag);
          const dispatch = el.dispatchEvent.bind(el);
          el.dispatchEvent = (e: Event) => {
            if (replayed.has(e)) return dispatch(e);
            replayed.add(e);
            answers.push(() => dispatch(e));
            return true;
          };
          return el;
        },
      },
    });
    gate = createGate(doc, () => allowed, null);
    gate.release();
    expect(ran()).toEqual(['lib']);
    answers.shift()?.();
    expect(ran()).toEqual(['lib', 'init', 'other']);
    answers.shift()?.();
    expect(ran()).toEqual(['lib', 'init', 'other', 'last']);
  });

  it('does not hold the queue for an async external script', () => {
    allowed = ['essential', 'analytics'];
    document.body.innerHTML = `
      <script type="text/plain" data-consent="analytics" data-name="lib" async src="https://cdn.example/lib.js"></script>
      <script type="text/plain" data-consent="analytics" data-name="next">1</script>`;
    start();
    expect(ran()).toEqual(['lib', 'next']);
  });

  it('gates elements added to the page later', async () => {
    allowed = ['essential', 'analytics'];
    start();
    const late = document.createElement('div');
    late.innerHTML = '<script type="text/plain" data-consent="analytics" data-name="late">1</script>';
    document.body.appendChild(late);
    await settle();
    expect(ran()).toEqual(['late']);
  });

  it('loads a gated iframe from data-src', () => {
    allowed = ['essential', 'targeting'];
    document.body.innerHTML =
      '<iframe data-consent="targeting" data-src="https://www.youtube.com/embed/ID"></iframe>';
    const iframe = document.querySelector('iframe') as HTMLIFrameElement;
    expect(iframe.getAttribute('src')).toBeNull();
    start();
    expect(iframe.getAttribute('src')).toBe('https://www.youtube.com/embed/ID');
  });

  it('carries attributes over, makes data-type="module" a module, and keeps the element’s own nonce', () => {
    document.body.innerHTML = `<script type="text/plain" data-consent="analytics" data-type="module" id="x" class="c"
      src="https://cdn.example/m.js" integrity="sha384-abc" crossorigin="anonymous" referrerpolicy="no-referrer"
      defer data-extra="1"></script>`;
    const gated = document.querySelector('script') as HTMLScriptElement;
    gated.nonce = 'n0nce';
    const live = activeScript(document, gated);
    expect(live.type).toBe('module');
    expect(live.nonce).toBe('n0nce');
    for (const [name, value] of [
      ['id', 'x'],
      ['class', 'c'],
      ['src', 'https://cdn.example/m.js'],
      ['integrity', 'sha384-abc'],
      ['crossorigin', 'anonymous'],
      ['referrerpolicy', 'no-referrer'],
      ['defer', ''],
      ['data-extra', '1'],
    ])
      expect(live.getAttribute(name as string)).toBe(value);
    expect(live.hasAttribute('data-consent')).toBe(false);
    expect(live.async).toBe(false);
  });

  it('copies an inline script’s code', () => {
    document.body.innerHTML =
      '<script type="text/plain" data-consent="analytics">gtag("config", "G-X");</script>';
    expect(activeScript(document, document.querySelector('script') as HTMLScriptElement).text).toBe(
      'gtag("config", "G-X");',
    );
  });

  it('with a nonce on the widget, releases only gated scripts carrying that nonce', async () => {
    document.body.innerHTML = `
      <script type="text/plain" data-consent="essential" data-name="injected">1</script>
      <script type="text/plain" data-consent="essential" data-name="wrong" nonce="guess">2</script>
      <script type="text/plain" data-consent="essential" data-name="ours" nonce="n0nce">3</script>`;
    // As browsers do: the nonce moves to the property and the content attribute is emptied.
    for (const el of Array.from(document.querySelectorAll<HTMLScriptElement>('script[nonce]'))) {
      el.nonce = el.getAttribute('nonce') ?? '';
      el.setAttribute('nonce', '');
    }
    gate = createGate(document, () => allowed, 'n0nce');
    gate.release();
    await settle();
    expect(ran()).toEqual(['ours']);
  });

  it('without a nonce on the widget, releases gated scripts with or without one', async () => {
    document.body.innerHTML = `
      <script type="text/plain" data-consent="essential" data-name="plain">1</script>
      <script type="text/plain" data-consent="essential" data-name="nonced">2</script>`;
    (document.querySelectorAll('script')[1] as HTMLScriptElement).nonce = 'x';
    start();
    await settle();
    expect(ran()).toEqual(['plain', 'nonced']);
  });

  it("loads an iframe's data-src only when it is http(s) or relative", async () => {
    const frame = (src: string) => FRAME_SRC.test(src);
    for (const src of [
      'https://www.youtube.com/embed/ID',
      'HTTP://a.example/',
      '/embed/x',
      'embed?a=b:c',
      '//cdn.example/x',
      '',
    ])
      expect(frame(src), src).toBe(true);
    for (const src of [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'blob:https://a/b',
      'vbscript:x',
    ])
      expect(frame(src), src).toBe(false);
    document.body.innerHTML =
      '<iframe data-consent="essential" data-src="javascript:parent.__hit=1"></iframe>';
    start();
    await settle();
    expect(document.querySelector('iframe')?.getAttribute('src')).toBeNull();
  });

  it('never throws into the page when the allowed list cannot be read', () => {
    document.body.innerHTML = '<script type="text/plain" data-consent="analytics"></script>';
    gate = createGate(
      document,
      () => {
        throw new Error('broken');
      },
      null,
    );
    const error = console.error;
    console.error = () => {};
    try {
      expect(() => gate?.release()).not.toThrow();
    } finally {
      console.error = error;
    }
  });
});
