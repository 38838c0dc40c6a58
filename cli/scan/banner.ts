// Finds the Storefront Consent banner in a page and answers it with its real buttons, inside the
// widget's open shadow root, as a shopper would; or says which other consent banner the page has.
import type { Page } from 'playwright-core';
import { BANNERS } from '../../widget/i18n/every-language';
import { OTHER_BANNERS } from './page-probe';

export type Answer = 'acceptAll' | 'rejectAll';

const LANGUAGES = Object.values(BANNERS);
const HOST = '#storefront-consent';
/** How long a banner may take to appear after the page has loaded. */
const BANNER_WAIT_MS = 5_000;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every name the button may have: each language's, and the store's own `data-text-…` wording. */
const buttonNames = async (page: Page, answer: Answer): Promise<string[]> => {
  const attribute = answer === 'acceptAll' ? 'data-text-accept-all' : 'data-text-reject-all';
  const custom = await page
    .evaluate(
      `Array.from(document.querySelectorAll('script[${attribute}]'), (s) => s.getAttribute('${attribute}'))`,
    )
    .catch(() => []);
  const own = Array.isArray(custom)
    ? custom.filter((x): x is string => typeof x === 'string' && x !== '')
    : [];
  return [...own, ...LANGUAGES.map((t) => t[answer])];
};

export type BannerOutcome =
  | { clicked: true }
  | { clicked: false; reason: string; otherBanner: string | null };

/** Clicks "Accept all" or "Reject all" in the banner; when there is none, says what the page has instead. */
export async function answerBanner(page: Page, answer: Answer): Promise<BannerOutcome> {
  const names = await buttonNames(page, answer);
  const pattern = new RegExp(`^\\s*(${names.map(escapeRegExp).join('|')})\\s*$`, 'i');
  // Playwright's CSS and role locators pierce open shadow roots.
  const button = page.locator(HOST).getByRole('button', { name: pattern }).first();
  try {
    await button.waitFor({ state: 'visible', timeout: BANNER_WAIT_MS });
    await button.click({ timeout: BANNER_WAIT_MS });
    return { clicked: true };
  } catch {
    const otherBanner = await findOtherBanner(page);
    const hasWidget =
      (await page
        .locator(HOST)
        .count()
        .catch(() => 0)) > 0;
    const label = answer === 'acceptAll' ? 'Accept all' : 'Reject all';
    const reason = hasWidget
      ? `the Storefront Consent banner showed no "${label}" button within ${BANNER_WAIT_MS / 1000} s`
      : noBannerReason(otherBanner);
    return { clicked: false, reason, otherBanner };
  }
}

/** Why the answering passes cannot run on a store without the banner. */
export const noBannerReason = (otherBanner: string | null): string =>
  otherBanner
    ? `no Storefront Consent banner; the store shows another consent banner (${otherBanner})`
    : 'no Storefront Consent banner and no other consent banner found';

export async function findOtherBanner(page: Page): Promise<string | null> {
  for (const { name, selector } of OTHER_BANNERS) {
    if (
      (await page
        .locator(selector)
        .count()
        .catch(() => 0)) > 0
    )
      return name;
  }
  return null;
}
