// The embed attributes the storefront's boot reads (see embed-attributes.ts): a module of its own, so
// the module that reads the others does not carry these, nor the boot those.
import { type AttributeTable, MAX_EXPIRY_DAYS, namesOf, oneOf, whole } from './attribute';
import { OPTIONAL_CATEGORIES, type OptionalCategory } from './categories';

/** The vendors whose consent signals the widget can send (docs/signals.md): `data-signals`. */
export const SIGNALS = ['gcm', 'uet', 'clarity', 'meta', 'tiktok'] as const;
export type Signal = (typeof SIGNALS)[number];

/** What the boot reads: all a returning shopper's page needs. */
export const BOOT_ATTRIBUTES = {
  // `essential` is always on: naming it is harmless, and it is no switch.
  categories: [
    OPTIONAL_CATEGORIES as readonly OptionalCategory[],
    namesOf(OPTIONAL_CATEGORIES, 1, 'essential'),
  ],
  revision: [1 as number, whole(1e9)],
  expiryDays: [180 as number, whole(MAX_EXPIRY_DAYS, 1)],
  gpc: ['honor' as 'honor' | 'ignore', oneOf('honor', 'ignore')],
  consentMode: ['on' as 'on' | 'off', oneOf('on', 'off')],
  // An empty value sends none; Google's also needs `data-consent-mode="on"`.
  signals: [SIGNALS as readonly Signal[], namesOf(SIGNALS, 0)],
  nativeSync: ['off' as 'on' | 'off', oneOf('on', 'off')],
} as const satisfies AttributeTable;
