// What each category covers on this store, for the privacy policy and the account page.
import type { Category } from '../../core/categories';

export const CATEGORY_TEXT: Record<Category, string> = {
  essential: 'Needed for the store to work: your cart, your login, and remembering this choice.',
  functional: 'Extras such as live chat and remembering your preferences.',
  analytics: 'Counting visits and seeing how the store is used (Google Analytics).',
  targeting: 'Advertising and embedded videos from other sites that can follow you across the web.',
};
