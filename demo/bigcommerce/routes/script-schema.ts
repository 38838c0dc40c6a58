// Script Manager's rules (scripts.v3.yml: script_Post, script_Put, script_Base and the notes on `kind`).
import { z } from 'zod';
import { CATEGORIES } from '../../../core/categories';

const readOnly = (name: string) =>
  z.never({ error: `${name} is read-only.` }).optional() as unknown as z.ZodOptional<z.ZodNever>;

const httpUrl = z
  .string()
  .max(2048)
  .refine((v) => /^https?:\/\/[^\s]+$/i.test(v) && URL.canParse(v), 'src must be an absolute http(s) URL.');

const SRI = /^sha(256|384|512)-[A-Za-z0-9+/]+={0,2}$/;

export const scriptFields = z.strictObject({
  name: z.string().min(1).max(255),
  description: z.string().max(65536),
  html: z.string().max(65536),
  src: httpUrl,
  auto_uninstall: z.boolean(),
  load_method: z.enum(['default', 'async', 'defer']),
  location: z.enum(['head', 'footer']),
  visibility: z.enum(['storefront', 'all_pages', 'checkout', 'order_confirmation']),
  kind: z.enum(['src', 'script_tag']),
  consent_category: z.enum(CATEGORIES),
  enabled: z.boolean(),
  channel_id: z.number().int().min(1),
  integrity_hashes: z.array(z.string().regex(SRI, 'Must be an SRI hash such as sha384-…')).max(5),
  api_client_id: readOnly('api_client_id'),
  uuid: readOnly('uuid'),
  date_created: readOnly('date_created'),
  date_modified: readOnly('date_modified'),
});

export const scriptPost = scriptFields.partial().required({ name: true });
export const scriptPut = scriptFields.partial();

export type ScriptFields = z.infer<typeof scriptPut>;

/** Counts the `<script` elements in an HTML string; Script Manager wants exactly one. */
export function countScriptTags(html: string): number {
  const opens = html.match(/<script[\s>]/gi)?.length ?? 0;
  const closes = html.match(/<\/script\s*>/gi)?.length ?? 0;
  return opens === closes ? opens : -1;
}

/** The cross-field rules the file states in prose; returns BigCommerce-style `errors`. */
export function kindErrors(s: {
  kind: string;
  html?: string | undefined;
  src?: string | undefined;
  load_method: string;
}): Record<string, string> {
  const errors: Record<string, string> = {};
  if (s.kind === 'src') {
    if (s.src === undefined) errors.src = 'src is required when kind is src.';
    if (s.html !== undefined) errors.html = 'Do not specify html when kind is src.';
  } else {
    if (s.html === undefined) errors.html = 'html is required when kind is script_tag.';
    else if (countScriptTags(s.html) !== 1) errors.html = 'html must contain exactly one script tag.';
    if (s.src !== undefined) errors.src = 'Do not specify src when kind is script_tag.';
    if (s.load_method !== 'default')
      errors.load_method = 'load_method must be default when kind is script_tag.';
  }
  return errors;
}
