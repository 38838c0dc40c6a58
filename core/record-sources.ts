// Where a recorded decision came from (docs/proxy.md, "Consent records"): a plain list, with no
// validation library, so the storefront can carry it. The policies are jurisdictions.ts's.

/** Never reorder: the widget's cookie keeps a record's source by its place in this list. */
export const RECORD_SOURCES = ['banner', 'preferences', 'api', 'gpc', 'server'] as const;
export type RecordSource = (typeof RECORD_SOURCES)[number];
