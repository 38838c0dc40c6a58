// Which pages a scan visits: the URL first, then same-origin links in the order they were found.
// Pure, so the rules are tested without a browser.

// A scan looks and never acts: no logging out, no cart changes, no downloads.
const ACTION = /(^|[/?&=_-])(logout|log-out|signout|sign-out|action=remove|cart\.php\?action=add)/i;
const NOT_A_PAGE = /\.(pdf|zip|gz|jpe?g|png|gif|webp|svg|ico|mp4|mp3|css|js|json|xml|txt)$/i;

/** The page a link leads to, without its #fragment; null for another origin or a link that acts. */
export const pageOf = (href: string, origin: string): string | null => {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.origin !== origin) return null;
  url.hash = '';
  if (ACTION.test(url.pathname + url.search) || NOT_A_PAGE.test(url.pathname)) return null;
  return url.href;
};

/** Adds a page's links to the list of pages to visit, up to `limit` pages in all. */
export const addLinks = (pages: string[], links: readonly string[], origin: string, limit: number): void => {
  for (const link of links) {
    if (pages.length >= limit) return;
    const page = pageOf(link, origin);
    if (page && !pages.includes(page)) pages.push(page);
  }
};

/** How a page is shown in reports: its path and query on the scanned origin. */
export const shortPage = (url: string, origin: string): string =>
  url.startsWith(origin) ? url.slice(origin.length) || '/' : url;
