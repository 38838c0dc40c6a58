// Where a consent law applies, and which policy it asks of the banner (docs/regions.md): one table
// for the proxy's `GET /region` and for the widget, which settles most visits from the time zone
// (time-zones.ts) without a network call. Anything unknown means opt-in: a lookup never lets an EU
// shopper go unasked. Plain data, no imports but the policies' names: the widget bundles `policyFor`
// and the table it reads, never the documentation data below it (`US_STATE_LAWS`).

import type { Policy } from './policies';

export { POLICIES, type Policy } from './policies';

/** The day the tables below were last checked against the laws in force. */
export const JURISDICTIONS_AS_OF = '2026-12-01';

const IN = 'opt-in';

/** The policy of each country (ISO 3166-1 alpha-2) with a consent law; every other country: `none`. */
export const JURISDICTIONS: Readonly<Record<string, Policy>> = {
  // EU 27. GDPR (Regulation (EU) 2016/679), https://eur-lex.europa.eu/eli/reg/2016/679/oj, and the
  // ePrivacy Directive 2002/58/EC art. 5(3) (consent before storing or reading anything on a device
  // that is not strictly necessary), https://eur-lex.europa.eu/eli/dir/2002/58/oj
  AT: IN,
  BE: IN,
  BG: IN,
  CY: IN,
  CZ: IN,
  DE: IN,
  DK: IN,
  EE: IN,
  ES: IN,
  FI: IN,
  FR: IN,
  GR: IN,
  HR: IN,
  HU: IN,
  IE: IN,
  IT: IN,
  LT: IN,
  LU: IN,
  LV: IN,
  MT: IN,
  NL: IN,
  PL: IN,
  PT: IN,
  RO: IN,
  SE: IN,
  SI: IN,
  SK: IN,
  // Parts of the EU with codes of their own, as geolocation reports them: Åland (FI) and the
  // outermost regions (TFEU art. 349 and 355(1)), https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:12016E355
  AX: IN,
  GF: IN,
  GP: IN,
  MF: IN,
  MQ: IN,
  RE: IN,
  YT: IN,
  // EEA. Both acts by the EEA Agreement, Annex XI (GDPR: EEA Joint Committee Decision 154/2018),
  // https://www.efta.int/eea-lex/32016R0679
  IS: IN,
  LI: IN,
  NO: IN,
  // United Kingdom. UK GDPR and PECR 2003 regulation 6,
  // https://www.legislation.gov.uk/uksi/2003/2426/regulation/6
  GB: IN,
  // Switzerland. Federal Act on Data Protection (FADP, SR 235.1), https://www.fedlex.admin.ch/eli/cc/2022/491/en,
  // and Telecommunications Act art. 45c, https://www.fedlex.admin.ch/eli/cc/1997/2187_2187_2187/en
  // (which itself asks for information and a way to refuse: opt-in here is the product's rule).
  CH: IN,
  // United States: opt-out from sale, sharing and targeted advertising, GPC honoured, in the states
  // of US_STATE_LAWS; the whole country gets it, harmless where no state law asks.
  US: 'opt-out',
};

/**
 * The US states with a comprehensive consumer privacy law in force on JURISDICTIONS_AS_OF: the
 * reason `US` is `opt-out`, and the list docs/regions.md shows. Effective date, law, official source.
 * Not listed: Florida's Digital Bill of Rights (2024-07-01) applies only to businesses with over
 * $1 billion of revenue; Arkansas has a children's privacy law only (2026-07-01).
 */
// biome-ignore format: one line per state, so that a new law is a one-line change
export const US_STATE_LAWS: Readonly<Record<string, readonly [since: string, law: string, source: string]>> = {
  CA: ['2020-01-01', 'California Consumer Privacy Act', 'https://oag.ca.gov/privacy/ccpa'],
  VA: ['2023-01-01', 'Virginia Consumer Data Protection Act', 'https://law.lis.virginia.gov/vacodefull/title59.1/chapter53/'],
  CO: ['2023-07-01', 'Colorado Privacy Act', 'https://coag.gov/resources/colorado-privacy-act/'],
  CT: ['2023-07-01', 'Connecticut Data Privacy Act', 'https://portal.ct.gov/ag/sections/privacy/the-connecticut-data-privacy-act'],
  UT: ['2023-12-31', 'Utah Consumer Privacy Act', 'https://le.utah.gov/xcode/Title13/Chapter61/13-61.html'],
  TX: ['2024-07-01', 'Texas Data Privacy and Security Act', 'https://statutes.capitol.texas.gov/Docs/BC/htm/BC.541.htm'],
  OR: ['2024-07-01', 'Oregon Consumer Privacy Act', 'https://www.oregonlegislature.gov/bills_laws/ors/ors646a.html'],
  MT: ['2024-10-01', 'Montana Consumer Data Privacy Act', 'https://leg.mt.gov/bills/mca/title_0300/chapter_0140/part_0280/sections_index.html'],
  IA: ['2025-01-01', 'Iowa Consumer Data Protection Act', 'https://www.legis.iowa.gov/docs/code/715D.pdf'],
  DE: ['2025-01-01', 'Delaware Personal Data Privacy Act', 'https://delcode.delaware.gov/title6/c012d/index.html'],
  NH: ['2025-01-01', 'New Hampshire Privacy Act (RSA 507-H)', 'https://www.gencourt.state.nh.us/rsa/html/LII/507-H/507-H-mrg.htm'],
  NE: ['2025-01-01', 'Nebraska Data Privacy Act', 'https://nebraskalegislature.gov/laws/statutes.php?statute=87-1101'],
  NJ: ['2025-01-15', 'New Jersey Data Privacy Act (P.L.2023, c.266)', 'https://pub.njleg.state.nj.us/Bills/2022/PL24/266_.HTM'],
  TN: ['2025-07-01', 'Tennessee Information Protection Act', 'https://wapp.capitol.tn.gov/apps/BillInfo/Default.aspx?BillNumber=HB1181&GA=113'],
  MN: ['2025-07-31', 'Minnesota Consumer Data Privacy Act', 'https://www.revisor.mn.gov/statutes/cite/325M'],
  MD: ['2025-10-01', 'Maryland Online Data Privacy Act', 'https://mgaleg.maryland.gov/mgawebsite/Legislation/Details/sb0541?ys=2024RS'],
  IN: ['2026-01-01', 'Indiana Consumer Data Protection Act', 'https://iga.in.gov/legislative/2023/bills/senate/5'],
  KY: ['2026-01-01', 'Kentucky Consumer Data Protection Act', 'https://apps.legislature.ky.gov/record/24rs/hb15.html'],
  RI: ['2026-01-01', 'Rhode Island Data Transparency and Privacy Protection Act', 'https://webserver.rilegislature.gov/Statutes/TITLE6/6-48.1/INDEX.htm'],
};

/** Where a shopper is, as far as known: `region` is ISO 3166-2 (`US-CA`) when the subdivision is
 * known, else the country (`DE`); both null when the country is unknown. */
export interface RegionPolicy {
  country: string | null;
  region: string | null;
  policy: Policy;
}

const COUNTRY = /^[A-Z]{2}$/;
const SUBDIVISION = /^[A-Z0-9]{1,3}$/;
/** A `region` as this module gives it: `DE`, `US-CA`. */
export const REGION_PATTERN = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;
// Two letters no country has: Cloudflare's XX (unknown; its T1, Tor, fails the shape), MaxMind's
// legacy EU and AP, ISO's UK (reserved; the country is GB) and ZZ.
const NOT_A_COUNTRY = /^(XX|EU|AP|UK|ZZ)$/;

/** The policy for a location as the edge reports it; anything unknown or malformed means opt-in. */
export function policyFor(country: string | null | undefined, subdivision?: string | null): RegionPolicy {
  if (!country || !COUNTRY.test(country) || NOT_A_COUNTRY.test(country))
    return { country: null, region: null, policy: IN };
  return {
    country,
    region: subdivision && SUBDIVISION.test(subdivision) ? `${country}-${subdivision}` : country,
    policy: JURISDICTIONS[country] ?? 'none',
  };
}
