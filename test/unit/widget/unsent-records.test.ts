// The decisions kept in the cookie until the proxy has recorded them (widget/unsent-records.ts, unsent-decode.ts).
import { describe, expect, it } from 'vitest';
import { acceptAll, rejectAll } from '../../../widget/consent';
import { unsentRecords, withoutEntry } from '../../../widget/unsent-decode';
import { MAX_UNSENT, newConsentId, withUnsent } from '../../../widget/unsent-records';
import { configFrom } from './config-helper';

const config = configFrom();
const AT = Date.parse('2026-12-03T10:00:00.000Z');

describe('unsent records', () => {
  it('appends each decision with its source and time, and reads them back in order', () => {
    const one = withUnsent('', acceptAll(config, false, AT), 'banner', AT);
    const two = withUnsent(one, rejectAll(config, false, AT), 'preferences', AT + 1500);
    expect(two.split('~')).toHaveLength(2);
    expect(unsentRecords(two)).toEqual([
      {
        allow: ['essential', 'functional', 'analytics', 'targeting'],
        deny: [],
        source: 'banner',
        at: AT,
        revision: 1,
        entry: one,
      },
      expect.objectContaining({ allow: ['essential'], source: 'preferences', at: AT + 1500 }),
    ]);
    expect(withoutEntry(two, one)).toBe(two.split('~')[1]);
  });

  it(`keeps the newest ${MAX_UNSENT} when the proxy stays away for more`, () => {
    let unsent = '';
    for (let i = 0; i < MAX_UNSENT + 3; i++)
      unsent = withUnsent(unsent, rejectAll(config, false, AT), 'api', AT + i);
    expect(unsentRecords(unsent).map((u) => u.at - AT)).toEqual(
      Array.from({ length: MAX_UNSENT }, (_, i) => i + 3),
    );
  });

  it('skips an entry that does not decode (an edited cookie) and keeps the rest', () => {
    const good = withUnsent('', acceptAll(config, false, AT), 'gpc', AT);
    expect(unsentRecords(`zz~${good}~f0x${good.slice(3)}`).map((u) => u.source)).toEqual(['gpc']);
  });

  it('makes 128-bit consent ids in base64url, a new one each time', () => {
    const ids = new Set(Array.from({ length: 200 }, newConsentId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});
