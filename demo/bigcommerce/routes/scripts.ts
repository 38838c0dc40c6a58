// /content/scripts and /content/scripts/{uuid} (scripts.v3.yml). Content scopes; `all_pages` and
// `checkout` visibility also need Checkout Content. Each app sees only the scripts it created.
import type { z } from 'zod';
import type { ApiRequest, ApiResponse, Route } from '../api-request';
import { issuesToErrors } from '../api-request';
import { contentModify, contentRead, requireScope } from '../auth';
import { BigCommerceApiError, invalid, notFound } from '../errors';
import { paginate, readPage } from '../pagination';
import type { Script } from '../state';
import { kindErrors, type ScriptFields, scriptPost, scriptPut } from './script-schema';

/** Documented limits: 10 scripts per app, 50 per channel. */
export const MAX_SCRIPTS_PER_APP = 10;
export const MAX_SCRIPTS_PER_CHANNEL = 50;

const SORT_KEYS = ['name', 'description', 'date_created', 'date_modified'] as const;

function parse<T extends ScriptFields>(schema: z.ZodType<T>, req: ApiRequest): T {
  const parsed = schema.safeParse(req.json(422));
  if (!parsed.success) {
    throw invalid(422, 'The script is not valid.', issuesToErrors(parsed.error.issues));
  }
  return parsed.data;
}

function checkScript(req: ApiRequest, s: Script): void {
  const errors = kindErrors(s);
  if (!req.state.channels.has(s.channel_id)) errors.channel_id = `Channel ${s.channel_id} not found.`;
  if (Object.keys(errors).length > 0) throw invalid(422, 'The script is not valid.', errors);
  if (s.visibility === 'all_pages' || s.visibility === 'checkout')
    requireScope(req.account, 'store_content_checkout');
}

const own = (req: ApiRequest) => req.state.scripts.filter((s) => s.api_client_id === req.account.clientId);

function find(req: ApiRequest): Script {
  const found = own(req).find((s) => s.uuid === req.params.uuid);
  if (!found) throw notFound('Script not found.');
  return found;
}

const copy = (s: Script): Script => ({ ...s, integrity_hashes: [...s.integrity_hashes] });

function list(req: ApiRequest): ApiResponse {
  contentRead(req.account);
  const page = readPage(req.query);
  const sort = req.query.get('sort');
  const direction = req.query.get('direction');
  const channels = req.query.get('channel_id:in');
  if (sort !== null && !(SORT_KEYS as readonly string[]).includes(sort)) {
    throw invalid(422, `sort must be one of ${SORT_KEYS.join(', ')}.`, { sort });
  }
  if (direction !== null && direction !== 'asc' && direction !== 'desc') {
    throw invalid(422, 'direction must be asc or desc.', { direction });
  }
  let items = own(req);
  if (channels !== null) {
    const ids = channels.split(',');
    if (ids.some((id) => !/^\d+$/.test(id)))
      throw invalid(422, 'channel_id:in must list integers.', { 'channel_id:in': channels });
    items = items.filter((s) => ids.map(Number).includes(s.channel_id));
  }
  if (sort !== null) {
    const key = sort as (typeof SORT_KEYS)[number];
    const sign = direction === 'desc' ? -1 : 1;
    items = [...items].sort((a, b) => sign * a[key].localeCompare(b[key]));
  }
  return { status: 200, body: paginate(items.map(copy), page, { links: true }) };
}

function create(req: ApiRequest): ApiResponse {
  contentModify(req.account);
  const body = parse(scriptPost, req);
  const time = req.now.toISOString();
  const script: Script = {
    description: '',
    auto_uninstall: false,
    load_method: 'default',
    location: 'footer',
    visibility: 'storefront',
    kind: 'src',
    consent_category: 'unknown',
    enabled: true,
    channel_id: 1,
    integrity_hashes: [],
    ...(body as unknown as Partial<Script>),
    name: body.name,
    uuid: crypto.randomUUID(),
    api_client_id: req.account.clientId,
    date_created: time,
    date_modified: time,
  };
  checkScript(req, script);
  if (own(req).length >= MAX_SCRIPTS_PER_APP) {
    throw invalid(422, `An app can have at most ${MAX_SCRIPTS_PER_APP} scripts installed.`, {});
  }
  if (req.state.scripts.filter((s) => s.channel_id === script.channel_id).length >= MAX_SCRIPTS_PER_CHANNEL) {
    throw invalid(422, `A channel can have at most ${MAX_SCRIPTS_PER_CHANNEL} scripts.`, {});
  }
  req.state.scripts.push(script);
  return { status: 200, body: { data: copy(script), meta: {} } };
}

function get(req: ApiRequest): ApiResponse {
  contentRead(req.account);
  return { status: 200, body: { data: copy(find(req)), meta: {} } };
}

function update(req: ApiRequest): ApiResponse {
  contentModify(req.account);
  const existing = find(req);
  const body = parse(scriptPut, req);
  const next: Script = { ...copy(existing) };
  // Changing kind drops the other kind's field, unless the body sends it (which checkScript refuses).
  if (body.kind !== undefined && body.kind !== existing.kind) {
    delete next.html;
    delete next.src;
  }
  Object.assign(next, body, { date_modified: req.now.toISOString() });
  checkScript(req, next);
  if (next.channel_id !== existing.channel_id) {
    const onChannel = req.state.scripts.filter((s) => s.channel_id === next.channel_id).length;
    if (onChannel >= MAX_SCRIPTS_PER_CHANNEL) throw new BigCommerceApiError(422, 'The channel is full.', {});
  }
  Object.assign(existing, next);
  if (next.html === undefined) delete existing.html;
  if (next.src === undefined) delete existing.src;
  return { status: 200, body: { data: copy(existing), meta: {} } };
}

function remove(req: ApiRequest): ApiResponse {
  contentModify(req.account);
  const existing = find(req);
  req.state.scripts = req.state.scripts.filter((s) => s !== existing);
  return { status: 204 };
}

export const scriptRoutes: Route[] = [
  { pattern: /^\/content\/scripts$/, methods: { GET: list, POST: create } },
  { pattern: /^\/content\/scripts\/(?<uuid>[^/]+)$/, methods: { GET: get, PUT: update, DELETE: remove } },
];
