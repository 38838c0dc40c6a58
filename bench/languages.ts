// The first visit in every language the banner speaks (docs/widget.md, "Languages"): one load each of the
// same page with `data-lang`, counting what it loaded as the first-visit figure does (bench/widget.ts).
// Bytes do not vary from run to run, so one load per language is the figure; the size test holds the
// same budget without a browser, this shows it as a shopper's page loads it.
import { LANGUAGES } from '../core/languages';
import { benchPage } from './pages';

/** The page per language: `/lang/<code>`. */
export const languagePages = (): Record<string, string> =>
  Object.fromEntries(LANGUAGES.map((l) => [`/lang/${l}`, benchPage('ours', { attrs: `data-lang="${l}"` })]));

/** Bytes loaded (JS and CSS, gzip) per language, and whether the language's own file was among them. */
export type LanguageBytes = Record<string, { bytes: number; ownFile: boolean }>;

/** The lightest and the heaviest language, and how many are within `budget` bytes. */
export function languageSummary(
  r: LanguageBytes,
  budget: number,
): { lightest: [string, number]; heaviest: [string, number]; within: number; all: number } | null {
  const sorted = Object.entries(r)
    .map(([l, x]) => [l, x.bytes] as [string, number])
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  const [lightest, heaviest] = [sorted[0], sorted[sorted.length - 1]];
  if (!lightest || !heaviest) return null;
  return { lightest, heaviest, within: sorted.filter(([, b]) => b <= budget).length, all: sorted.length };
}
