// The policy link accepts only http(s) and relative addresses. The config already checked
// `data-policy-url` with the same rule; this is the last line before an `href`, so a `javascript:` URL
// never gets one, whatever a caller passes.
import { httpUrl, type Page } from '../../core/attribute';

export const safeHref = (url: string | null): string | null =>
  (url && httpUrl(url, { url: location.href } as Page)) || null;
