// Who is logged in: the stand-in's session cookie `sc_customer=<id>`, the one its
// `/customer/current.jwt` reads (a real store uses its own session). The demo's "Log in" sets it.
import type { IncomingMessage } from 'node:http';
import { CUSTOMER_COOKIE, customerIdFromCookie } from '../bigcommerce/storefront-routes';

/** The logged-in customer id from the request's cookies, or null for a guest. */
export const customerIdOf = (req: IncomingMessage): number | null => customerIdFromCookie(req.headers.cookie);

export const loginCookie = (id: number): string => `${CUSTOMER_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax`;

export const logoutCookie = (): string => `${CUSTOMER_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`;
