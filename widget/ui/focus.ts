// Keyboard handling of a modal dialog: Tab and Shift+Tab wrap around inside it, Escape leaves.
// A plain KeyboardEvent, so the DOM banner and the Preact preferences share it.

export function keepFocusInside(event: KeyboardEvent, dialog: HTMLElement, onEscape?: () => void) {
  if (event.key === 'Escape' && onEscape) {
    event.stopPropagation();
    onEscape();
    return;
  }
  if (event.key !== 'Tab') return;
  const controls = dialog.querySelectorAll<HTMLElement>('button,a[href],input:not([disabled])');
  const first = controls[0];
  const last = controls[controls.length - 1];
  const active = (dialog.getRootNode() as Document | ShadowRoot).activeElement;
  const leaving = event.shiftKey ? active === first || active === dialog : active === last;
  if (leaving) {
    event.preventDefault();
    (event.shiftKey ? last : first)?.focus();
  }
}
