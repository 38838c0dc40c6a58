// `GET /region` (docs/proxy.md, docs/regions.md): where the shopper is, as the edge in front of the
// proxy reports it, and the policy core/jurisdictions.ts gives that place. Workers read Cloudflare's
// `request.cf` (adapters/workers.ts); other runtimes the headers named by REGION_HEADER and
// REGION_CODE_HEADER, which only a CDN or reverse proxy that overwrites them may set.
import { policyFor } from '../core/jurisdictions';
import type { ProxyConfig } from './env';
import { json } from './json-response';

/** The country and subdivision codes as the edge gives them, unchecked: policyFor checks them. */
export interface EdgeLocation {
  country: string | null;
  subdivision: string | null;
}

export type Locate = (request: Request, config: ProxyConfig) => EdgeLocation;

/** The headers the settings name; without the settings, nothing is known (and opt-in applies). */
export const fromHeaders: Locate = (request, { region }) => ({
  country: region.countryHeader ? request.headers.get(region.countryHeader) : null,
  subdivision: region.codeHeader ? request.headers.get(region.codeHeader) : null,
});

/** The answer is one shopper's (`private`), and short-lived: the widget keeps it for the session. */
const CACHE_CONTROL = 'private, max-age=300';

export const regionResponse = ({ country, subdivision }: EdgeLocation): Response =>
  json(200, policyFor(country, subdivision), { 'Cache-Control': CACHE_CONTROL });
