// API accounts and their OAuth scopes, as the X-Auth-Token security scheme of each v3 file lists them.
import { randomBytes } from 'node:crypto';
import { BigCommerceApiError } from './errors';

export type Scope =
  | 'store_v2_customers'
  | 'store_v2_customers_read_only'
  | 'store_v2_content'
  | 'store_v2_content_read_only'
  | 'store_content_checkout'
  | 'store_content_checkout_read_only';

export interface ApiAccount {
  token: string;
  /** The account's client id: Script Manager only lists scripts made by the same account. */
  clientId: string;
  scopes: ReadonlySet<Scope>;
}

const account = (name: string, scopes: Scope[]): ApiAccount => ({
  token: `${name}_${randomBytes(12).toString('hex')}`,
  clientId: `${name}_client_${randomBytes(6).toString('hex')}`,
  scopes: new Set(scopes),
});

export function createAccounts() {
  const full = account('full', ['store_v2_customers', 'store_v2_content', 'store_content_checkout']);
  const readOnly = account('readonly', ['store_v2_customers_read_only', 'store_v2_content_read_only']);
  const noCustomers = account('nocustomers', ['store_v2_content', 'store_content_checkout']);
  const noCheckoutContent = account('nocheckout', ['store_v2_customers', 'store_v2_content']);
  const all = [full, readOnly, noCustomers, noCheckoutContent];
  return {
    full,
    readOnly,
    noCustomers,
    noCheckoutContent,
    /** The account for a request's X-Auth-Token, or a 401 as BigCommerce answers it. */
    authenticate(header: string | string[] | undefined): ApiAccount {
      if (typeof header !== 'string' || header === '') {
        throw new BigCommerceApiError(401, 'Missing X-Auth-Token header.', {});
      }
      const found = all.find((a) => a.token === header);
      if (!found)
        throw new BigCommerceApiError(401, 'Invalid X-Auth-Token: not a valid token for this store.', {});
      return found;
    },
  };
}

export type Accounts = ReturnType<typeof createAccounts>;

/** 403 unless the account holds one of the scopes (modify implies read-only). */
export function requireScope(a: ApiAccount, ...anyOf: Scope[]): void {
  if (anyOf.some((s) => a.scopes.has(s))) return;
  throw new BigCommerceApiError(403, "You don't have a required scope to access the endpoint", {});
}

export const customersRead = (a: ApiAccount) =>
  requireScope(a, 'store_v2_customers', 'store_v2_customers_read_only');
export const customersModify = (a: ApiAccount) => requireScope(a, 'store_v2_customers');
export const contentRead = (a: ApiAccount) =>
  requireScope(a, 'store_v2_content', 'store_v2_content_read_only');
export const contentModify = (a: ApiAccount) => requireScope(a, 'store_v2_content');
