import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JURISDICTIONS, JURISDICTIONS_AS_OF, policyFor, US_STATE_LAWS } from '../../../core/jurisdictions';

const EU = 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' ');
const EEA_UK_CH = ['IS', 'LI', 'NO', 'GB', 'CH'];
/** Parts of the EU that geolocation reports under codes of their own. */
const EU_PARTS = ['AX', 'GF', 'GP', 'MF', 'MQ', 'RE', 'YT'];
const STATES =
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC'.split(
    ' ',
  );

describe('jurisdictions', () => {
  it('asks for opt-in in each of the EU 27, the EEA, the UK and Switzerland', () => {
    expect(EU).toHaveLength(27);
    for (const country of [...EU, ...EEA_UK_CH, ...EU_PARTS])
      expect(policyFor(country)).toEqual({ country, region: country, policy: 'opt-in' });
  });

  it('asks for opt-out in every US state, with the state as an ISO 3166-2 region', () => {
    for (const state of STATES)
      expect(policyFor('US', state)).toEqual({ country: 'US', region: `US-${state}`, policy: 'opt-out' });
    expect(policyFor('US')).toEqual({ country: 'US', region: 'US', policy: 'opt-out' });
    expect(policyFor('US', null)).toEqual({ country: 'US', region: 'US', policy: 'opt-out' });
  });

  it('asks nothing where no consent law is known', () => {
    expect(policyFor('JP')).toEqual({ country: 'JP', region: 'JP', policy: 'none' });
    expect(policyFor('BR', 'SP')).toEqual({ country: 'BR', region: 'BR-SP', policy: 'none' });
    expect(policyFor('RU')).toMatchObject({ policy: 'none' });
  });

  it('means opt-in for an unknown, special or malformed country', () => {
    const unknown = { country: null, region: null, policy: 'opt-in' };
    const special = 'XX T1 EU UK ZZ us De USA U'.split(' ');
    for (const country of [null, undefined, '', ...special, ' US', 'US\n', '__proto__', 'DE","policy":"none'])
      expect(policyFor(country, 'CA'), String(country)).toEqual(unknown);
  });

  it('keeps the country and drops a malformed subdivision', () => {
    for (const code of ['', 'ca', 'CALI', 'C-A', 'CA ', '../', '<b>'])
      expect(policyFor('US', code), code).toEqual({ country: 'US', region: 'US', policy: 'opt-out' });
    expect(policyFor('GB', 'ENG')).toEqual({ country: 'GB', region: 'GB-ENG', policy: 'opt-in' });
    expect(policyFor('FR', '75')).toMatchObject({ region: 'FR-75' });
  });

  it('keys its table by two-letter country codes only', () => {
    for (const key of Object.keys(JURISDICTIONS)) expect(key).toMatch(/^[A-Z]{2}$/);
    expect(Object.values(JURISDICTIONS).filter((p) => p === 'opt-out')).toHaveLength(1);
  });

  it('lists only US state laws in force on the date of the table, each with an official https source', () => {
    expect(JURISDICTIONS_AS_OF).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Object.keys(US_STATE_LAWS)).toHaveLength(19);
    for (const [state, [since, law, source]] of Object.entries(US_STATE_LAWS)) {
      expect(STATES).toContain(state);
      expect(since <= JURISDICTIONS_AS_OF, `${state} in force by ${JURISDICTIONS_AS_OF}`).toBe(true);
      expect(law).not.toBe('');
      expect(source).toMatch(/^https:\/\/[a-z0-9.-]+\.(gov|us)\//);
    }
  });
});

describe('the jurisdictions merchants read (docs/regions.md)', () => {
  const doc = readFileSync('docs/regions.md', 'utf8');

  it('carries the date of the table and every state law with its source', () => {
    expect(doc).toContain(`as of ${JURISDICTIONS_AS_OF}`);
    for (const [state, [since, law, source]] of Object.entries(US_STATE_LAWS)) {
      const row = doc.split('\n').find((line) => line.includes(`| ${law} `));
      expect(row, `${state}: ${law}`).toBeDefined();
      expect(row).toContain(since);
      expect(row).toContain(`(${source})`);
    }
  });

  it('names every opt-in country', () => {
    for (const [country, policy] of Object.entries(JURISDICTIONS))
      if (policy === 'opt-in') expect(doc, country).toMatch(new RegExp(`\\b${country}\\b`));
  });
});
