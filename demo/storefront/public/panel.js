// The demo panel: shows, live, which sample tags consent let run, the decision the widget holds,
// what Google Consent Mode was told, and the cookies this page can see. No developer tools needed.
(() => {
  const panel = document.getElementById('demo-panel');
  if (!panel) return;
  const $ = (selector) => panel.querySelector(selector);

  const consentModeState = () => {
    const state = {};
    for (const entry of window.dataLayer ?? []) {
      if (entry?.[0] === 'consent' && entry[2] && typeof entry[2] === 'object')
        Object.assign(state, entry[2]);
    }
    return state;
  };

  const describeDecision = () => {
    const api = window.StorefrontConsent;
    if (!api) return 'The widget has not loaded (is dist/storefront-consent.js built?).';
    const d = api.get();
    // Regional rules (docs/regions.md): under opt-out or none, optional tags run before any decision.
    const where = d.region ? ` (${d.region})` : '';
    if (!d.decided && d.policy === 'opt-out')
      return `No decision yet: opt-out applies here${where}, so every tag runs until the shopper opts out.`;
    if (!d.decided && d.policy === 'none')
      return `No decision yet: no consent law applies here${where}, so every tag runs and nothing is asked.`;
    if (!d.decided) return 'No decision yet: only essential cookies; every tag below waits.';
    const deny = d.deny.length ? ` · denied: ${d.deny.join(', ')}` : '';
    return `Allowed: ${d.allow.join(', ')}${deny}`;
  };

  const render = () => {
    const ran = new Set(window.__ran ?? []);
    for (const row of panel.querySelectorAll('[data-sample]')) {
      const done = ran.has(row.dataset.sample);
      row.classList.toggle('ran', done);
      row.querySelector('.status').textContent = done ? 'ran' : 'waiting for consent';
    }
    $('#demo-decision').textContent = describeDecision();

    const mode = consentModeState();
    const keys = ['analytics_storage', 'ad_storage', 'functionality_storage'];
    $('#demo-consent-mode').textContent = keys.some((k) => k in mode)
      ? keys.map((k) => `${k}: ${mode[k] ?? '–'}`).join(' · ')
      : 'no signal yet';

    const names = document.cookie
      .split(';')
      .map((c) => c.trim().split('=')[0])
      .filter(Boolean);
    $('#demo-cookies').textContent = names.length ? names.join(', ') : 'none';
  };

  $('#demo-forget').addEventListener('click', () => {
    // Deletes every cookie this page can see, as a new device or a cleared browser would start.
    for (const c of document.cookie.split(';')) {
      const name = c.trim().split('=')[0];
      // biome-ignore lint/suspicious/noDocumentCookie: deleting cookies of any name needs the raw API
      if (name) document.cookie = `${name}=; Path=/; Max-Age=0`;
    }
    location.reload();
  });

  window.addEventListener('storefront-consent:change', render);
  window.addEventListener('demo:ran', render);
  setInterval(render, 500);
  render();
})();
