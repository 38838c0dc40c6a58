// Text on the accent colour must keep 4.5:1 whatever colour the merchant picks: black or white,
// whichever contrasts more (https://www.w3.org/TR/WCAG22/#dfn-relative-luminance).

const linear = (byte = 0) => {
  const c = byte / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** Black wins above a relative luminance of about 0.179, where (L+0.05)/0.05 = 1.05/(L+0.05). */
export const textOn = ([r, g, b]: Iterable<number>) =>
  0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b) > 0.179 ? '#000' : '#fff';

/** Any CSS colour, read back as sRGB by painting one pixel: the browser parses what CSS parses. */
export function textOnAccent(color: string): string | null {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return null;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  return textOn(context.getImageData(0, 0, 1, 1).data);
}

/** The merchant's accent on the UI's root, and text that contrasts with it. */
export function setAccent(style: CSSStyleDeclaration, accent: string | null): void {
  // An invalid colour in a custom property would blank the buttons: keep the theme's accent then.
  // (An empty value removes the property.)
  const valid = accent && globalThis.CSS?.supports('color', accent);
  style.setProperty('--sc-accent', valid ? accent : '');
  style.setProperty('--sc-on-accent', (valid && textOnAccent(accent)) || '');
}
