// What a scan saw, pass by pass, before anything is judged (report.ts judges).

export const PASSES = ['before', 'after-reject', 'after-accept'] as const;
export type PassName = (typeof PASSES)[number];

export interface PageVisit {
  url: string;
  /** `slow`: it never finished loading within the bound, and what had loaded was scanned. */
  outcome: 'loaded' | 'slow' | 'failed' | 'redirected';
  detail: string | null;
}

export interface SeenCookie {
  name: string;
  domain: string;
  /** The first page after which the cookie was in the browser. */
  page: string;
}

export interface SeenRequest {
  /** A third-party host (`connect.facebook.net`), or the URL of a vendor's tag served by the store itself. */
  key: string;
  host: string;
  url: string;
  page: string;
  count: number;
}

/** A script that ran without a gate (before any choice), as the page had it. */
export interface SeenScript {
  src: string | null;
  /** The code of an inline script (its start). */
  code: string | null;
  /** Its opening tag as written, e.g. `<script async src="…">`. */
  tag: string;
  page: string;
}

export interface GatedRun {
  categories: string[];
  /** Its src, or the start of its code. */
  what: string;
  page: string;
}

export interface PassObservation {
  pass: PassName;
  /** Why the pass did not run (no banner to answer), or null when it ran. */
  skipped: string | null;
  pages: PageVisit[];
  cookies: SeenCookie[];
  requests: SeenRequest[];
  scripts: SeenScript[];
  gatedRuns: GatedRun[];
}

export interface ScanObservations {
  url: string;
  origin: string;
  /** The pages visited in every pass, URL first. */
  pages: string[];
  /** Whether any page carried the Storefront Consent host element. */
  widget: boolean;
  otherBanner: string | null;
  passes: PassObservation[];
  durationMs: number;
}
