// The page `data-policy-url` points at: what the banner's policy link opens.

import { CATEGORY_TEXT } from './category-text';
import { page } from './layout';
import type { SampleCustomer, Site } from './site';

export function privacyPage(site: Site, customer: SampleCustomer | null): string {
  const rows = Object.entries(CATEGORY_TEXT)
    .map(([name, text]) => `<dt>${name}</dt><dd>${text}</dd>`)
    .join('\n    ');
  return page(site, {
    title: 'Privacy policy',
    customer,
    main: `<section class="narrow">
  <h1>Privacy policy</h1>
  <p>We use cookies and similar tools in four groups. Only essential ones are on before you choose;
  you can change your choice at any time with <a href="#cookie-settings" data-consent-open>Cookie settings</a>.</p>
  <dl class="categories">
    ${rows}
  </dl>
  <p>When you are logged in, your choice is saved with your customer account, so it applies on every
  device where you log in.</p>
</section>`,
  });
}
