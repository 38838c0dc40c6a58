// Where a shopper is, from the device's time zone (`Intl.DateTimeFormat().resolvedOptions().timeZone`):
// the widget settles the policy with it when it can, without asking the proxy (docs/regions.md).
// A zone that is not listed (`UTC`, `Etc/*`, Asia, Africa, the rest of the Americas…) is unknown: the
// widget asks `GET /region`.
//
// Each zone maps to the country IANA's zone.tab gives it, so its policy is that country's in
// jurisdictions.ts. Listed: every zone of the EU, EEA, UK and Switzerland, including the parts of
// the EU outside Europe with zones of their own (Ceuta, the Canaries, Madeira, the Azores, Cyprus'
// Asian-named zones, and the outermost regions French Guiana, Guadeloupe, Martinique, Réunion,
// Mayotte and Saint-Martin); the rest of Europe (Russia, Turkey, Belarus, Ukraine, the Balkans, the
// microstates, the Crown dependencies, Gibraltar, the Faroes, Svalbard), so a shopper there is not
// kept waiting for a lookup that will say `none` anyway; and every zone of the 50 US states.
// Browsers differ in how they spell a renamed zone (Chromium keeps CLDR's Europe/Kiev, Atlantic/Faeroe,
// America/Indianapolis, America/Louisville; Firefox gives IANA's Europe/Kyiv, Atlantic/Faroe,
// America/Indiana/Indianapolis, America/Kentucky/Louisville): both are listed.
//
// US zones settle a state only when every place using them is in that state: America/Phoenix
// (Arizona; the Navajo Nation keeps daylight time and America/Denver), Pacific/Honolulu, the Alaska
// zones, America/Indiana/*, America/Kentucky/*, America/North_Dakota/*, America/Detroit and
// America/Menominee (Michigan). America/New_York, Chicago, Denver and Los_Angeles span many states,
// and America/Boise southern Idaho and eastern Oregon: they settle the country only, which is all
// the US policy needs.

/** Each region's zones, space-separated: a country (ISO 3166-1) or, where a zone settles one, a US
 * state (ISO 3166-2). Read at use: it is looked up once per visit. */
export const ZONES: Readonly<Record<string, string>> = {
  // EU
  AT: 'Europe/Vienna',
  AX: 'Europe/Mariehamn',
  BE: 'Europe/Brussels',
  BG: 'Europe/Sofia',
  CY: 'Asia/Nicosia Asia/Famagusta',
  CZ: 'Europe/Prague',
  DE: 'Europe/Berlin Europe/Busingen',
  DK: 'Europe/Copenhagen',
  EE: 'Europe/Tallinn',
  ES: 'Europe/Madrid Africa/Ceuta Atlantic/Canary',
  FI: 'Europe/Helsinki',
  FR: 'Europe/Paris',
  GF: 'America/Cayenne',
  GP: 'America/Guadeloupe',
  GR: 'Europe/Athens',
  HR: 'Europe/Zagreb',
  HU: 'Europe/Budapest',
  IE: 'Europe/Dublin',
  IT: 'Europe/Rome',
  LT: 'Europe/Vilnius',
  LU: 'Europe/Luxembourg',
  LV: 'Europe/Riga',
  MF: 'America/Marigot',
  MQ: 'America/Martinique',
  MT: 'Europe/Malta',
  NL: 'Europe/Amsterdam',
  PL: 'Europe/Warsaw',
  PT: 'Europe/Lisbon Atlantic/Madeira Atlantic/Azores',
  RE: 'Indian/Reunion',
  RO: 'Europe/Bucharest',
  SE: 'Europe/Stockholm',
  SI: 'Europe/Ljubljana',
  SK: 'Europe/Bratislava',
  YT: 'Indian/Mayotte',
  // EEA, UK, Switzerland
  IS: 'Atlantic/Reykjavik',
  LI: 'Europe/Vaduz',
  NO: 'Europe/Oslo',
  GB: 'Europe/London',
  CH: 'Europe/Zurich',
  // The rest of Europe
  AD: 'Europe/Andorra',
  AL: 'Europe/Tirane',
  BA: 'Europe/Sarajevo',
  BY: 'Europe/Minsk',
  FO: 'Atlantic/Faroe Atlantic/Faeroe',
  GG: 'Europe/Guernsey',
  GI: 'Europe/Gibraltar',
  IM: 'Europe/Isle_of_Man',
  JE: 'Europe/Jersey',
  MC: 'Europe/Monaco',
  MD: 'Europe/Chisinau',
  ME: 'Europe/Podgorica',
  MK: 'Europe/Skopje',
  RS: 'Europe/Belgrade',
  RU: 'Europe/Moscow Europe/Kaliningrad Europe/Samara Europe/Volgograd Europe/Saratov Europe/Ulyanovsk Europe/Astrakhan Europe/Kirov',
  SJ: 'Arctic/Longyearbyen',
  SM: 'Europe/San_Marino',
  TR: 'Europe/Istanbul',
  UA: 'Europe/Kyiv Europe/Kiev Europe/Simferopol',
  VA: 'Europe/Vatican',
  // United States
  US: 'America/New_York America/Chicago America/Denver America/Los_Angeles America/Boise',
  'US-AK':
    'America/Anchorage America/Juneau America/Sitka America/Metlakatla America/Yakutat America/Nome America/Adak',
  'US-AZ': 'America/Phoenix',
  'US-HI': 'Pacific/Honolulu',
  'US-IN':
    'America/Indianapolis America/Indiana/Indianapolis America/Indiana/Knox America/Indiana/Marengo America/Indiana/Petersburg America/Indiana/Tell_City America/Indiana/Vevay America/Indiana/Vincennes America/Indiana/Winamac',
  'US-KY': 'America/Louisville America/Kentucky/Louisville America/Kentucky/Monticello',
  'US-MI': 'America/Detroit America/Menominee',
  'US-ND': 'America/North_Dakota/Beulah America/North_Dakota/Center America/North_Dakota/New_Salem',
};

/** The country and region (`US-AZ` where the zone settles a state, else the country) of a time
 * zone; null when the zone does not say (missing, `UTC`, `Etc/*`, or not listed). The policy is
 * `policyFor(country)` in jurisdictions.ts. */
export function zoneRegion(timeZone: string | undefined): { country: string; region: string } | null {
  if (timeZone)
    for (const region in ZONES)
      if (ZONES[region]?.split(' ').includes(timeZone)) return { country: region.slice(0, 2), region };
  return null;
}
