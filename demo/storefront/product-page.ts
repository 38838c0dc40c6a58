// One product's page, so the demo store has pages beyond the home page to click through (and for
// `storefront-consent scan` to visit).
import { escapeHtml } from './html';
import { page } from './layout';
import { PRODUCTS, type Product, productPicture } from './products';
import type { SampleCustomer, Site } from './site';

export const productPath = (p: Product): string =>
  `/products/${p.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/`;

export const productAt = (path: string): Product | null =>
  PRODUCTS.find((p) => productPath(p) === path) ?? null;

export function productPage(site: Site, customer: SampleCustomer | null, p: Product): string {
  return page(site, {
    title: p.name,
    customer,
    main: `<section class="narrow product">
  ${productPicture(p)}
  <h1>${escapeHtml(p.name)}</h1>
  <p class="note">${escapeHtml(p.note)}</p>
  <p class="price">${escapeHtml(p.price)}</p>
  <button type="button" class="add">Add to cart</button>
  <p><a href="/">Back to the store</a></p>
</section>`,
  });
}
