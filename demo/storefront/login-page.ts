// "Log in": a real store asks for an email and password; the demo lists its sample customers
// (the stand-in's customers) and logs in with one click.
import { escapeHtml } from './html';
import { page } from './layout';
import type { Site } from './site';

export function loginPage(site: Site): string {
  if (site.mode === 'real') {
    return page(site, {
      title: 'Log in',
      customer: null,
      main: `<section class="narrow">
  <h1>Log in</h1>
  <p>This demo is pointed at your real BigCommerce store. Only BigCommerce can sign in a real customer and
  sign their <code>/customer/current.jwt</code>, so logging in is not available here: the banner works as it
  does for guests. Install the widget on your store to see customer sync.</p>
</section>`,
    });
  }
  const rows = site
    .customers()
    .map(
      (c) => `<li><form method="post" action="/login.php">
      <input type="hidden" name="customer_id" value="${c.id}">
      <button type="submit" data-customer="${c.id}">Log in as ${escapeHtml(c.name)}</button>
      <span class="email">${escapeHtml(c.email)} · customer ${c.id}</span>
    </form></li>`,
    )
    .join('\n    ');
  return page(site, {
    title: 'Log in',
    customer: null,
    main: `<section class="narrow">
  <h1>Log in</h1>
  <p>Choose a sample customer (no password in the demo). Logged in, your cookie choice is saved in
  BigCommerce and follows you to any other browser where you log in as the same customer.</p>
  <ul class="customers">
    ${rows}
  </ul>
</section>`,
  });
}
