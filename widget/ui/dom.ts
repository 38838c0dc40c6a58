// A tiny `h(tag, props, ...children)` for the banner and the notice, which need no framework: a first
// visit loads none (docs/performance.md). Props become attributes (`false`, null and undefined are left out),
// `on*` functions listeners; children are elements or text, appended as text nodes, never parsed as HTML.

export type Prop = string | number | boolean | null | undefined | ((event: Event) => void);
export type Child = Node | string | false | null | undefined;

export function h(tag: string, props: Record<string, Prop>, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const name in props) {
    const value = props[name];
    if (typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (value != null && value !== false) el.setAttribute(name, `${value}`);
  }
  for (const child of children) if (child) el.append(child);
  return el;
}

/** A button of the answer row: all alike, none nudged. */
export const button = (label: string, onclick: () => void, more: Record<string, Prop> = {}) =>
  h('button', { type: 'button', onclick, ...more }, label);
