// The category registry's last fact (see categories.ts), in a module of its own so that only the
// storefront chunk that clears a withdrawn category's cookies carries it.
import type { OptionalCategory } from './categories';

/** A cookie name, or a prefix ending in `*` (RFC 6265 token characters): what these lists hold. */
export const COOKIE_PATTERN = /^[\w!#$%&'+.^`|~-]+\*?$/;

/**
 * First-party cookies common tools set, by category, deleted when the category is withdrawn; `*` ends
 * a prefix. Merchants add theirs with `data-clear-<category>`.
 */
export const BUILT_IN_COOKIES: Readonly<Record<OptionalCategory, readonly string[]>> = {
  functional: [],
  // Google Analytics (incl. Universal Analytics' __utm*), Hotjar, Microsoft Clarity, Matomo.
  analytics: ['_ga', '_ga_*', '_gid', '_gat*', '__utm*', '_hj*', '_clck', '_clsk', '_pk_*'],
  // Meta pixel, Google Ads conversion linker, Microsoft Advertising UET, TikTok pixel, Pinterest tag.
  targeting: ['_fbp', '_fbc', '_gcl_*', '_uetsid', '_uetvid', '_ttp', '_pin_unauth'],
};
