#!/usr/bin/env node
// `npm run screenshots`: starts the demo in-process (stand-in, proxy, storefront), opens it in
// Chromium and writes the pictures of the real banner that README.md and docs/ show to docs/screenshots/.
// Node 20 cannot run TypeScript, so the demo and the Chromium launcher are loaded through Vite's
// module runner, the same transform Vitest uses.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'docs/screenshots');
const load = async (file) =>
  (await runnerImport(join(root, file), { root, configFile: false, logLevel: 'warn' })).module;

const { startDemo } = await load('demo/stack.ts');
const { launchChromium } = await load('scripts/chromium.ts');

const VIEWPORT = { width: 1280, height: 800 };
const demo = await startDemo({ port: 0, env: {}, log: () => {} });
const browser = await launchChromium();
mkdirSync(out, { recursive: true });

// `node scripts/screenshots.mjs banner-de.png …` re-takes only the pictures named.
const only = process.argv.slice(2);

async function shoot(name, colorScheme, act, o = {}) {
  if (only.length > 0 && !only.includes(name)) return;
  const viewport = o.viewport ?? VIEWPORT;
  const context = await browser.newContext({
    viewport,
    colorScheme,
    reducedMotion: 'reduce',
    ...(o.timezoneId && { timezoneId: o.timezoneId }),
  });
  const page = await context.newPage();
  if (o.lang || o.regions) {
    // The demo store's pages say <html lang="en">: the same store, in the shopper's language; and its
    // tag, with regional rules on where the picture needs them.
    await page.route(
      (url) => url.pathname === '/',
      async (route) => {
        const response = await route.fetch();
        let body = await response.text();
        if (o.lang) body = body.replace('<html lang="en">', `<html lang="${o.lang}">`);
        if (o.regions)
          body = body.replace(
            '<script src="/storefront-consent.js"',
            '<script data-regions="auto" src="/storefront-consent.js"',
          );
        await route.fulfill({ response, body });
      },
    );
  }
  await page.goto(demo.url);
  await page.getByRole('button', { name: o.customize ?? 'Customize' }).waitFor();
  await act(page);
  // The panel refreshes twice a second; let it catch up before the picture.
  await page.waitForTimeout(700);
  await page.screenshot({ path: join(out, name) });
  console.log(`wrote docs/screenshots/${name}`);
  await context.close();
}

try {
  await shoot('banner.png', 'light', async () => {});
  await shoot('banner-dark.png', 'dark', async () => {});
  await shoot('preferences.png', 'light', async (page) => {
    await page.getByRole('button', { name: 'Customize' }).click();
    await page.getByRole('button', { name: 'Save choices' }).waitFor();
  });
  await shoot('accepted.png', 'light', async (page) => {
    await page.getByRole('button', { name: 'Accept all' }).click();
    await page.locator('[data-sample="targeting:video"].ran').waitFor();
  });
  // Three languages on a small phone: long words (German), Latin with diacritics (Polish), Greek script.
  for (const [lang, customize] of [
    ['de', 'Anpassen'],
    ['pl', 'Dostosuj'],
    ['el', 'Ρυθμίσεις'],
  ]) {
    await shoot(`banner-${lang}.png`, 'light', async () => {}, {
      lang,
      customize,
      viewport: { width: 360, height: 640 },
    });
  }
  // Regional rules (docs/regions.md): a shopper in California gets the opt-out notice, not the banner.
  await shoot('opt-out-notice.png', 'light', async () => {}, {
    regions: true,
    timezoneId: 'America/Los_Angeles',
    customize: 'Your Privacy Choices',
  });
  await shoot('account.png', 'light', async (page) => {
    await page.getByRole('link', { name: 'Log in', exact: true }).click();
    await page.getByRole('button', { name: 'Log in as Ada Lovelace' }).click();
    await page.getByRole('button', { name: 'Customize' }).click();
    await page.getByRole('switch', { name: 'Analytics' }).check();
    await page.getByRole('button', { name: 'Save choices' }).click();
    await page.locator('[data-sample="analytics:config"].ran').waitFor();
    await page.getByRole('link', { name: 'My consent' }).click();
    await page.getByText('Saved in BigCommerce: allow essential, analytics').waitFor({ timeout: 10_000 });
  });
} finally {
  await browser.close();
  await demo.close();
}
