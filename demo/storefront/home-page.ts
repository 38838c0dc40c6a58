// The store's home page: a product grid, a gated product video, the gated sample tags, and the
// demo panel that shows what consent let run.
import { escapeHtml } from './html';
import { page } from './layout';
import { productPath } from './product-page';
import { PRODUCTS, productPicture } from './products';
import { GATED_TAGS, GATED_VIDEO, RAN_RECORDER, SAMPLES } from './samples';
import type { SampleCustomer, Site } from './site';

const productCard = (p: (typeof PRODUCTS)[number]) => `<li class="card">
    ${productPicture(p)}
    <h3><a href="${productPath(p)}">${escapeHtml(p.name)}</a></h3>
    <p class="note">${escapeHtml(p.note)}</p>
    <p class="price">${escapeHtml(p.price)}</p>
    <button type="button" class="add">Add to cart</button>
  </li>`;

function whoNote(site: Site, customer: SampleCustomer | null): string {
  if (customer) {
    return `Logged in as <strong>${escapeHtml(customer.name)}</strong> (customer ${customer.id}): your choice is
      also saved in BigCommerce. <a href="/account/consent">See what BigCommerce has saved</a>.`;
  }
  if (site.mode === 'real') {
    return 'Guest: against a real store only BigCommerce can sign a customer in, so choices stay in this browser.';
  }
  return 'Guest: your choice stays in this browser. <a href="/login.php">Log in as a sample customer</a> to have it saved in BigCommerce and follow you to another browser.';
}

const panel = (
  site: Site,
  customer: SampleCustomer | null,
) => `<aside id="demo-panel" class="demo-panel" aria-label="Demo panel">
  <h2>What consent let run</h2>
  <p id="demo-decision" class="decision" aria-live="polite"></p>
  <ul class="samples">
    ${SAMPLES.map(
      (s) => `<li data-sample="${s.id}"><span class="dot" aria-hidden="true"></span>
      <span class="label">${escapeHtml(s.label)} <em>${s.category}</em></span>
      <span class="status">waiting for consent</span></li>`,
    ).join('\n    ')}
  </ul>
  <dl>
    <dt>Google Consent Mode</dt><dd id="demo-consent-mode"></dd>
    <dt>Cookies this page can see</dt><dd id="demo-cookies"></dd>
  </dl>
  <p class="who">${whoNote(site, customer)}</p>
  <div class="actions">
    <button type="button" data-consent-open>Cookie settings</button>
    <button type="button" id="demo-forget" title="Deletes this browser's cookies for the store and reloads, like a new device">Forget this browser</button>
  </div>
</aside>`;

export function homePage(site: Site, customer: SampleCustomer | null): string {
  return page(site, {
    title: 'Home',
    customer,
    head: RAN_RECORDER,
    main: `<section class="hero">
  <h1>Good things for slow mornings</h1>
  <p>Hand-finished goods for the kitchen, the garden and the desk.</p>
</section>
<div class="columns">
  <div>
    <h2 class="section-title">New arrivals</h2>
    <ul class="grid">
    ${PRODUCTS.map(productCard).join('\n    ')}
    </ul>
    <h2 class="section-title">How our mugs are made</h2>
    <div class="video">
      <p class="video-placeholder">This video is from an outside site that sets advertising cookies. It plays once you allow <em>targeting</em>.</p>
      ${GATED_VIDEO}
    </div>
  </div>
  ${panel(site, customer)}
</div>`,
    tail: `${GATED_TAGS}\n<script src="/assets/panel.js"></script>`,
  });
}
