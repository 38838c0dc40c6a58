// A complete UiProps for the component tests, with every callback a spy.
import { vi } from 'vitest';
import type { UiProps } from '../../../../widget/ui/contract';

export function uiProps(overrides: Partial<UiProps> = {}): UiProps {
  return {
    view: 'banner',
    optOut: false,
    categories: ['functional', 'analytics', 'targeting'],
    allowed: ['essential'],
    decided: false,
    consentId: null,
    gpc: false,
    lang: 'en',
    langTexts: null,
    overrides: {},
    policyUrl: null,
    position: 'bottom',
    theme: 'light',
    accent: null,
    nonce: null,
    onAcceptAll: vi.fn(),
    onRejectAll: vi.fn(),
    onCustomize: vi.fn(),
    onSave: vi.fn(),
    onClose: vi.fn(),
    ...overrides,
  };
}

/**
 * Props whose Customize and close do what the core does with them (widget/core.ts): the core alone
 * decides the view, and renders again.
 */
export function drivenProps(draw: (props: UiProps) => void, overrides: Partial<UiProps> = {}): UiProps {
  const props: UiProps = uiProps({
    onCustomize: vi.fn(() => show('preferences')),
    onClose: vi.fn(() => show(current.decided ? null : 'banner')),
    ...overrides,
  });
  let current = props;
  function show(view: UiProps['view']) {
    current = { ...current, view };
    draw(current);
  }
  return props;
}
