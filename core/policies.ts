// The three policies a place can ask of the banner (docs/regions.md), in their own file: the first
// visit's module reads them (`data-region-default`), and the chunks that place the shopper and send
// records take them from there, without the jurisdictions' table riding along.

/** In this order: a cookie keeps a decision's policy as its index, and a higher one is weaker. */
export const POLICIES = ['opt-in', 'opt-out', 'none'] as const;
/** `opt-in`: ask before anything optional runs; `opt-out`: allowed until the shopper says no, GPC
 * honoured; `none`: no consent law known there (the widget applies `data-region-default`). */
export type Policy = (typeof POLICIES)[number];
