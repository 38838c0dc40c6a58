// GET/POST/DELETE /shopper-profiles (segments.v3.yml: ShopperProfilesCollectionResponse,
// ShopperProfilesPostRequest, FilterIdParam). Customers scopes: GET read-only, writes modify.
import { z } from 'zod';
import type { ApiRequest, ApiResponse, Route } from '../api-request';
import { issuesToErrors } from '../api-request';
import { customersModify, customersRead } from '../auth';
import { invalid } from '../errors';
import { paginate, readPage } from '../pagination';
import type { ShopperProfile } from '../state';

/** Most ids one DELETE accepts (the file's documented per-request limit for profiles is 50). */
export const MAX_DELETE_IDS = 50;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const postBody = z
  .array(z.strictObject({ customer_id: z.number().int().positive().optional() }))
  .min(1, 'At least one shopper profile is required.');

function list(req: ApiRequest): ApiResponse {
  customersRead(req.account);
  return { status: 200, body: paginate(req.state.shopperProfiles, readPage(req.query), { links: false }) };
}

function create(req: ApiRequest): ApiResponse {
  customersModify(req.account);
  const parsed = postBody.safeParse(req.json(400));
  if (!parsed.success) {
    throw invalid(400, 'The shopper profiles are not valid.', issuesToErrors(parsed.error.issues));
  }
  const errors: Record<string, string> = {};
  parsed.data.forEach((p, i) => {
    if (p.customer_id === undefined) return;
    if (!req.state.customers.has(p.customer_id))
      errors[`${i}.customer_id`] = `Customer ${p.customer_id} not found.`;
    else if (req.state.shopperProfiles.some((s) => s.customer_id === p.customer_id)) {
      errors[`${i}.customer_id`] = `Customer ${p.customer_id} already has a shopper profile.`;
    }
  });
  if (Object.keys(errors).length > 0) throw invalid(400, 'The shopper profiles are not valid.', errors);

  const time = req.now.toISOString();
  const created = parsed.data.map((p): ShopperProfile => {
    const profile: ShopperProfile = { id: crypto.randomUUID(), created_at: time, updated_at: time };
    if (p.customer_id !== undefined) profile.customer_id = p.customer_id;
    return profile;
  });
  req.state.shopperProfiles.push(...created);
  return { status: 201, body: { data: created, meta: {} } };
}

/** `id:in=a,b` or `id:in=a&id:in=b`: the file documents both the comma list and exploded form. */
function idsIn(query: URLSearchParams): string[] {
  return query
    .getAll('id:in')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim());
}

function remove(req: ApiRequest): ApiResponse {
  customersModify(req.account);
  const ids = idsIn(req.query);
  // The file marks `id:in` optional; deleting every profile on a missing filter is too dangerous to model.
  if (ids.length === 0 || ids.some((id) => id === '')) {
    throw invalid(422, 'The query parameter id:in is required: comma-separated shopper profile ids.', {
      'id:in': req.query.get('id:in') ?? 'missing',
    });
  }
  const bad = ids.filter((id) => !UUID.test(id));
  if (bad.length > 0) throw invalid(422, 'Shopper profile ids must be UUIDs.', { 'id:in': bad.join(',') });
  if (ids.length > MAX_DELETE_IDS) {
    throw invalid(422, `At most ${MAX_DELETE_IDS} shopper profile ids can be deleted per request.`, {
      'id:in': `${ids.length} ids`,
    });
  }
  const gone = new Set(ids.map((id) => id.toLowerCase()));
  req.state.shopperProfiles = req.state.shopperProfiles.filter((p) => !gone.has(p.id.toLowerCase()));
  return { status: 204 };
}

export const shopperProfileRoutes: Route[] = [
  { pattern: /^\/shopper-profiles$/, methods: { GET: list, POST: create, DELETE: remove } },
];
