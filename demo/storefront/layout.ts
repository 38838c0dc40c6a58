// The page shell every demo page shares: the widget's script tag first in <head>, exactly as a
// merchant pastes it (docs/widget.md), then the store's header and footer.
import { escapeHtml } from './html';
import { LEAKY_TAGS } from './leaky-theme';
import type { SampleCustomer, Site } from './site';

export interface PageOptions {
  title: string;
  customer: SampleCustomer | null;
  main: string;
  /** Markup right after the widget's tag in <head>. */
  head?: string;
  /** Scripts at the end of <body> (the theme's footer scripts). */
  tail?: string;
}

export function widgetSnippet(site: Site, customer: SampleCustomer | null): string {
  return `<script src="/storefront-consent.js"
        data-proxy-url="${escapeHtml(site.proxyUrl)}"
        data-client-id="${escapeHtml(site.clientId)}"
        data-customer-id="${customer ? customer.id : ''}"
        data-policy-url="/privacy-policy/"></script>`;
}

function accountLinks(site: Site, customer: SampleCustomer | null): string {
  if (customer) {
    return `<span class="hello">Hi, ${escapeHtml(customer.name.split(' ')[0] ?? customer.name)}</span>
      <a href="/account/consent">My consent</a>
      <a href="/login.php?action=logout" data-test="logout">Log out</a>`;
  }
  return site.mode === 'stand-in' ? '<a href="/login.php" data-test="login">Log in</a>' : '';
}

export function page(site: Site, o: PageOptions): string {
  const store = escapeHtml(site.storeName);
  return `<!doctype html>
<html lang="en">
<head>
${widgetSnippet(site, o.customer)}
${o.head ?? ''}
${site.theme === 'leaky' ? LEAKY_TAGS : ''}
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(o.title)} – ${store}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/store.css">
</head>
<body>
<div class="demo-ribbon">Demo store: nothing here is for sale. BigCommerce is simulated on this machine.</div>
<header class="site-header">
  <a class="logo" href="/">${store}</a>
  <nav class="nav" aria-label="Shop">
    <a href="/">Shop all</a><a href="/">Kitchen</a><a href="/">Garden</a><a href="/">Stationery</a>
  </nav>
  <div class="account">${accountLinks(site, o.customer)}<a href="/" class="cart">Cart (0)</a></div>
</header>
<main>
${o.main}
</main>
<footer class="site-footer">
  <span>© ${new Date().getFullYear()} ${store}</span>
  <a href="/privacy-policy/">Privacy policy</a>
  <a href="#cookie-settings" data-consent-open>Cookie settings</a>
  <a href="/consent-stats">Consent statistics</a>
</footer>
${o.tail ?? ''}
</body>
</html>
`;
}
