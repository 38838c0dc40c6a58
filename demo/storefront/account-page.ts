// "My consent": what BigCommerce has saved for the logged-in customer, read through BigCommerce's
// API (GET /v3/customers/{id}/consent) on every request. The page refreshes that part every two
// seconds, so a person can watch a choice arrive from another browser.
import { CATEGORIES } from '../../core/categories';
import { CATEGORY_TEXT } from './category-text';
import { escapeHtml } from './html';
import { page } from './layout';
import type { SampleCustomer, SavedConsent, Site } from './site';

export const SAVED_FRAGMENT_PATH = '/account/consent/saved';

function savedTable(saved: Extract<SavedConsent, { ok: true }>): string {
  const nothing = saved.deny.length === 0 && saved.allow.every((c) => c === 'essential');
  const rows = CATEGORIES.map((c) => {
    const state = saved.allow.includes(c) ? 'allowed' : saved.deny.includes(c) ? 'denied' : 'not set';
    return `<tr data-category="${c}"><th scope="row">${c}</th><td class="state ${state.replace(' ', '-')}">${state}</td><td>${escapeHtml(CATEGORY_TEXT[c])}</td></tr>`;
  }).join('\n      ');
  return `<p class="summary" data-test="saved-summary">${
    nothing
      ? 'Nothing saved yet: BigCommerce has no choice for you. Decide in the banner on any page.'
      : `Saved in BigCommerce: allow ${saved.allow.join(', ')}${saved.deny.length ? `; deny ${saved.deny.join(', ')}` : ''}.`
  }</p>
    <table class="consent">
      <thead><tr><th scope="col">Category</th><th scope="col">BigCommerce has</th><th scope="col">Covers</th></tr></thead>
      <tbody>
      ${rows}
      </tbody>
    </table>
    <p class="fine">BigCommerce also answered <code>updated_at: ${escapeHtml(saved.updatedAt ?? 'null')}</code>: the time
    of this request, not of the change, <a href="https://developer.bigcommerce.com/docs/rest-management/customers/customer-consent">as BigCommerce documents</a>.</p>`;
}

export async function savedFragment(site: Site, customer: SampleCustomer): Promise<string> {
  const saved = await site.readConsent(customer.id);
  const body = saved.ok
    ? savedTable(saved)
    : `<p class="error" role="alert">Could not read your consent from BigCommerce: ${escapeHtml(saved.error)}</p>`;
  const calls = site.consentCalls(customer.id).slice(-8);
  const log = calls.length
    ? `<h2>Consent calls BigCommerce received for you</h2>
    <ol class="calls">${calls.map((c) => `<li><code>${escapeHtml(`${c.method} ${c.path} → ${c.status}`)}</code></li>`).join('')}</ol>`
    : '';
  return `${body}\n    ${log}`;
}

export async function accountPage(site: Site, customer: SampleCustomer): Promise<string> {
  return page(site, {
    title: 'My consent',
    customer,
    main: `<section class="narrow">
  <h1>My cookie choice</h1>
  <p>${escapeHtml(customer.name)} (customer ${customer.id}). This is read from BigCommerce right now, so it
  is what any browser where you log in will get. It refreshes by itself.</p>
  <div id="saved" aria-live="polite">
    ${await savedFragment(site, customer)}
  </div>
  <p>Try it: open this store in another browser or a private window, log in as ${escapeHtml(customer.name)}:
  no banner, your choice is already there. Or use <em>Forget this browser</em> on the home page.</p>
  <p><a href="#cookie-settings" data-consent-open>Change my choice</a></p>
</section>`,
    tail: `<script>
  setInterval(async () => {
    try {
      const res = await fetch('${SAVED_FRAGMENT_PATH}', { cache: 'no-store' });
      if (res.ok) document.getElementById('saved').innerHTML = await res.text();
    } catch {}
  }, 2000);
</script>`,
  });
}
