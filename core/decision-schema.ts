// The consent body the proxy accepts and the command line sends (docs/proxy.md). Server code only: zod
// must never reach the storefront bundle. zod/mini keeps the Workers upload small (~5 KB gzip
// against ~18 KB for the classic API).
import * as z from 'zod/mini';
import { CATEGORIES, type Category, type Decision } from './categories';
import { ordered } from './decision';

const category = z.enum(CATEGORIES, {
  error: (issue) =>
    `unknown category ${JSON.stringify(issue.input)} (expected one of ${CATEGORIES.join(', ')})`,
});

const list = (name: 'allow' | 'deny') => z.array(category, { error: `${name} must be a list of categories` });

const duplicates = (values: readonly Category[]): Category[] =>
  values.filter((value, index) => values.indexOf(value) !== index);

const body = z
  .object(
    { allow: list('allow'), deny: list('deny') },
    {
      error: (issue) => (issue.input === undefined ? 'a body is required' : 'the body must be a JSON object'),
    },
  )
  .check(
    z.superRefine(({ allow, deny }, ctx) => {
      for (const [name, values] of [
        ['allow', allow],
        ['deny', deny],
      ] as const) {
        for (const value of new Set(duplicates(values))) {
          ctx.addIssue({ code: 'custom', path: [name], message: `lists ${value} more than once` });
        }
      }
      for (const value of new Set(allow.filter((name) => deny.includes(name)))) {
        ctx.addIssue({ code: 'custom', path: ['deny'], message: `${value} is both allowed and denied` });
      }
      if (deny.includes('essential')) {
        ctx.addIssue({ code: 'custom', path: ['deny'], message: 'essential cannot be denied' });
      }
    }),
  );

/**
 * `{ allow, deny }`: only the four categories, no duplicates, none both allowed and denied,
 * `essential` never denied and always allowed. Other fields (a customer id, say) are dropped:
 * the proxy takes the customer only from the JWT. Use `decisionSchema.safeParse(value)`.
 */
export const decisionSchema = z.pipe(
  body,
  z.transform(
    ({ allow, deny }): Decision => ({ allow: ordered(['essential', ...allow]), deny: ordered(deny) }),
  ),
);

/** One readable line for any number of issues: `deny: essential cannot be denied; allow.1: …`. */
export function formatIssues(error: z.core.$ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
