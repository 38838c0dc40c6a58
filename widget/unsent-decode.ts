// Reading the decisions the proxy has not yet recorded (unsent-records.ts writes them): only the code
// that sends them needs this, so it travels in that chunk.
import { CATEGORIES, COOKIE_BIT } from '../core/categories';
import { RECORD_SOURCES, type RecordSource } from '../core/record-sources';
import type { UnsentRecord } from './unsent-records';

const fromBits = (hex: string) => CATEGORIES.filter((c) => parseInt(hex, 16) & COOKIE_BIT[c]);

/** The sources' initials differ: `b`anner, `p`references, `a`pi, `g`pc, `s`erver. */
const ENTRY = /^([\da-f])([\da-f])([bpags])([\da-z]{8})([\da-z]{1,6})$/;

/** The entries that decode; one that does not (an edited cookie) is skipped. */
export const unsentRecords = (unsent: string): UnsentRecord[] =>
  unsent.split('~').flatMap((entry) => {
    const m = ENTRY.exec(entry);
    return m
      ? [
          {
            allow: fromBits(m[1] as string),
            deny: fromBits(m[2] as string),
            source: RECORD_SOURCES.find((s) => s[0] === m[3]) as RecordSource,
            at: parseInt(m[4] as string, 36),
            revision: parseInt(m[5] as string, 36),
            entry,
          },
        ]
      : [];
  });

/** What is left once `entry` is recorded. */
export const withoutEntry = (unsent: string, entry: string): string =>
  unsent
    .split('~')
    .filter((e) => e !== entry)
    .join('~');
