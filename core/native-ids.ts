// The categories as BigCommerce's own consent feature numbers them: a fact of the category registry
// (categories.ts) in a module of its own, so that only the storefront chunk that sends decisions carries it.
import { OPTIONAL_CATEGORIES, type OptionalCategory } from './categories';

/**
 * BigCommerce's own consent feature numbers these (`POST /api/storefront/consent`): 1 analytics,
 * 2 functional, 3 targeting, per its current Storefront Consent reference (consent.sf.yml). Older
 * sources and cookies seen in the wild use 2, 3, 4, so the widget lets `data-native-ids` override
 * these defaults.
 */
export const NATIVE_ID: Readonly<Record<OptionalCategory, number>> = {
  analytics: 1,
  functional: 2,
  targeting: 3,
};

/** The category BigCommerce's own consent feature means by `id`, with the given numbering. */
export const categoryOfNativeId = (
  id: unknown,
  ids: Readonly<Record<OptionalCategory, number>> = NATIVE_ID,
): OptionalCategory | undefined => OPTIONAL_CATEGORIES.find((c) => ids[c] === id);
