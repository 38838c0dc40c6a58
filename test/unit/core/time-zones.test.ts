import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { JURISDICTIONS, policyFor } from '../../../core/jurisdictions';
import { ZONES, zoneRegion } from '../../../core/time-zones';

const zonesOf = (region: string) => ZONES[region]?.split(' ') ?? [];
const everyZone = Object.values(ZONES).flatMap((zones) => zones.split(' '));
/** Countries this table may name: the opt-in ones, the rest of Europe, and the US. */
const EUROPE_ELSEWHERE = 'AD AL BA BY FO GG GI IM JE MC MD ME MK RS RU SJ SM TR UA VA'.split(' ');

/** The table as the widget will ship it in its lazily loaded chunk, measured plus about 5 %. */
const TABLE_CEILING_GZIP = 1_000;

describe('time zones', () => {
  it('stays small: every zone costs bytes in the storefront', () => {
    const gzip = gzipSync(JSON.stringify(ZONES), { level: 9 }).byteLength;
    console.log(`time zone table: ${gzip} bytes gzip (ceiling ${TABLE_CEILING_GZIP})`);
    expect(gzip, `the time zone table is ${gzip} bytes gzip`).toBeLessThanOrEqual(TABLE_CEILING_GZIP);
  });

  it('gives every listed zone a known country, and no zone twice', () => {
    const known = [...Object.keys(JURISDICTIONS), ...EUROPE_ELSEWHERE];
    for (const zone of everyZone) expect(known, zone).toContain(zoneRegion(zone)?.country);
    expect(new Set(everyZone).size).toBe(everyZone.length);
    for (const zone of everyZone) expect(zone).toMatch(/^[A-Z][a-z]+\/[A-Za-z_/]+$/);
  });

  it('settles opt-in for each EU, EEA, UK and Swiss zone, overseas ones included', () => {
    for (const zone of [
      'Europe/Berlin',
      'Europe/Busingen',
      'Europe/Mariehamn',
      'Atlantic/Canary',
      'Africa/Ceuta',
      'Atlantic/Madeira',
      'Atlantic/Azores',
      'Asia/Nicosia',
      'Asia/Famagusta',
      'Indian/Reunion',
      'America/Cayenne',
      'Atlantic/Reykjavik',
      'Europe/Vaduz',
      'Europe/Oslo',
      'Europe/London',
      'Europe/Zurich',
    ]) {
      const found = zoneRegion(zone);
      expect(found, zone).not.toBeNull();
      expect(policyFor(found?.country ?? null).policy, zone).toBe('opt-in');
    }
  });

  it('maps the rest of Europe to its own countries, which ask nothing', () => {
    for (const [zone, country] of [
      ['Europe/Moscow', 'RU'],
      ['Europe/Kaliningrad', 'RU'],
      ['Europe/Istanbul', 'TR'],
      ['Europe/Minsk', 'BY'],
      ['Europe/Kyiv', 'UA'],
      ['Europe/Kiev', 'UA'],
      ['Europe/Belgrade', 'RS'],
      ['Atlantic/Faroe', 'FO'],
      ['Atlantic/Faeroe', 'FO'],
      ['Arctic/Longyearbyen', 'SJ'],
    ] as const) {
      expect(zoneRegion(zone), zone).toEqual({ country, region: country });
      expect(policyFor(country).policy).toBe('none');
    }
  });

  it('knows every European zone this runtime knows', () => {
    const european = Intl.supportedValuesOf('timeZone').filter((zone) => /^(Europe|Arctic)\//.test(zone));
    expect(european.length).toBeGreaterThan(50);
    for (const zone of european) expect(zoneRegion(zone), zone).not.toBeNull();
  });

  it('settles a US state only where the zone lies in one state', () => {
    expect(zoneRegion('America/Phoenix')).toEqual({ country: 'US', region: 'US-AZ' });
    expect(zoneRegion('Pacific/Honolulu')).toEqual({ country: 'US', region: 'US-HI' });
    expect(zoneRegion('America/Indianapolis')).toEqual({ country: 'US', region: 'US-IN' });
    expect(zoneRegion('America/Indiana/Indianapolis')).toEqual({ country: 'US', region: 'US-IN' });
    expect(zoneRegion('America/Kentucky/Louisville')).toEqual({ country: 'US', region: 'US-KY' });
    expect(zoneRegion('America/North_Dakota/Beulah')).toEqual({ country: 'US', region: 'US-ND' });
    expect(zoneRegion('America/Menominee')).toEqual({ country: 'US', region: 'US-MI' });
    for (const zone of [
      'America/New_York',
      'America/Chicago',
      'America/Denver',
      'America/Los_Angeles',
      'America/Boise',
    ])
      expect(zoneRegion(zone), zone).toEqual({ country: 'US', region: 'US' });
    for (const zone of [...zonesOf('US'), ...zonesOf('US-AK'), ...zonesOf('US-IN'), ...zonesOf('US-ND')])
      expect(policyFor(zoneRegion(zone)?.country ?? null).policy, zone).toBe('opt-out');
  });

  it('knows every zone of the 50 states this runtime knows', () => {
    // zone.tab's US zones, as this runtime spells them.
    const us = Intl.supportedValuesOf('timeZone').filter(
      (zone) =>
        /^America\/(Indiana|Kentucky|North_Dakota)\//.test(zone) ||
        /^America\/(New_York|Detroit|Louisville|Indianapolis|Chicago|Menominee|Denver|Boise|Phoenix|Los_Angeles|Anchorage|Juneau|Sitka|Metlakatla|Yakutat|Nome|Adak)$/.test(
          zone,
        ) ||
        zone === 'Pacific/Honolulu',
    );
    expect(us.length).toBeGreaterThanOrEqual(29);
    for (const zone of us) expect(zoneRegion(zone)?.country, zone).toBe('US');
  });

  it('does not know UTC, Etc zones, a missing zone, other continents or lookalikes', () => {
    for (const zone of [
      undefined,
      '',
      'UTC',
      'Etc/UTC',
      'Etc/GMT+5',
      'GMT',
      'Asia/Tokyo',
      'America/Toronto',
      'America/Creston',
      'Europe',
      'Europe/',
      'Berlin',
      'europe/berlin',
      'Europe/Berlin Europe/Paris',
      'toString',
      'constructor',
    ])
      expect(zoneRegion(zone), String(zone)).toBeNull();
  });
});
