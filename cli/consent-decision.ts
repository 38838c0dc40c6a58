// What support staff type for a customer's decision (`consent set --allow … --deny …`), checked as the
// proxy checks a body. Pure: no I/O. The decision rules themselves are the core's (core/decision.ts).
import type { Decision } from '../core/categories';
import { decisionSchema, formatIssues } from '../core/decision-schema';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** Validates what `--allow`/`--deny` asked for, with the issues named after the flags. */
export const parseRequestedChange = (allow: string[], deny: string[]): Parsed<Decision> => {
  const result = decisionSchema.safeParse({ allow, deny });
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    message: formatIssues(result.error).replace(/(^|; )(allow|deny)(\.\d+)?: /g, '$1--$2: '),
  };
};
