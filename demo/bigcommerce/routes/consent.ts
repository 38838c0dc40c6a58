// GET/PUT /customers/{customerId}/consent (customers.v3.yml: consent_Full, DeclareCustomerConsentRequest).
import { z } from 'zod';
import { CATEGORIES } from '../../../core/categories';
import { ordered } from '../../../core/decision';
import type { ApiRequest, ApiResponse, Route } from '../api-request';
import { issuesToErrors } from '../api-request';
import { customersModify, customersRead } from '../auth';
import { invalid, notFound } from '../errors';

const categoryList = z
  .array(z.enum(CATEGORIES))
  .refine((list) => new Set(list).size === list.length, { message: 'Items must be unique.' });

// The file marks neither list required; the stand-in requires both, so a half-sent decision is caught.
const declareConsent = z
  .strictObject({ allow: categoryList, deny: categoryList })
  .refine((d) => !d.allow.some((c) => d.deny.includes(c)), {
    message: 'A category cannot be both allowed and denied.',
    path: ['deny'],
  });

function customerId(req: ApiRequest): number {
  const raw = req.params.customerId ?? '';
  const id = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(id) || !req.state.customers.has(id)) throw notFound('Customer not found.');
  return id;
}

function get(req: ApiRequest): ApiResponse {
  customersRead(req.account);
  const id = customerId(req);
  const saved = req.state.consent.get(id);
  // updated_at is the time of this call, not of the last update: the documented quirk (consent_Full).
  return {
    status: 200,
    body: { allow: saved?.allow ?? [], deny: saved?.deny ?? [], updated_at: req.now.toISOString() },
  };
}

function put(req: ApiRequest): ApiResponse {
  customersModify(req.account);
  const id = customerId(req);
  // customers.v3.yml: Content-Type is optional here, defaulting to application/json.
  const parsed = declareConsent.safeParse(req.json(422, { contentTypeOptional: true }));
  if (!parsed.success) {
    throw invalid(
      422,
      'Invalid JSON request body - missing or invalid data.',
      issuesToErrors(parsed.error.issues),
    );
  }
  const updatedAt = req.now.toISOString();
  const saved = { allow: ordered(parsed.data.allow), deny: ordered(parsed.data.deny), updatedAt };
  req.state.consent.set(id, saved);
  return { status: 200, body: { allow: saved.allow, deny: saved.deny, updated_at: updatedAt } };
}

export const consentRoutes: Route[] = [
  { pattern: /^\/customers\/(?<customerId>[^/]+)\/consent$/, methods: { GET: get, PUT: put } },
];
