// Where a recorded decision came from, and the regional policy it was made under (docs/proxy.md,
// "Consent records"): plain lists, with no validation library, so the storefront can carry them.

/** Never reorder: the widget's cookie keeps a record's source by its place in this list. */
export const RECORD_SOURCES = ['banner', 'preferences', 'api', 'gpc', 'server'] as const;
export type RecordSource = (typeof RECORD_SOURCES)[number];

export const POLICIES = ['opt-in', 'opt-out', 'none'] as const;
export type Policy = (typeof POLICIES)[number];
