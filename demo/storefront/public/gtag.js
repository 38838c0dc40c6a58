// A stand-in for Google's gtag.js: sets the cookies the real one sets, then records that it ran.
(() => {
  const year = 365 * 24 * 60 * 60;
  const now = Math.floor(Date.now() / 1000);
  const id = `${Math.floor(Math.random() * 1e9)}.${now}`;
  const tag = new URL(document.currentScript?.src ?? location.href).searchParams.get('id') ?? 'G-DEMO';
  // biome-ignore lint/suspicious/noDocumentCookie: the real tag writes document.cookie exactly like this
  document.cookie = `_ga=GA1.1.${id}; Path=/; Max-Age=${2 * year}; SameSite=Lax`;
  // biome-ignore lint/suspicious/noDocumentCookie: the real tag writes document.cookie exactly like this
  document.cookie = `_ga_${tag.replace(/^G-/, '')}=GS1.1.${now}.1.0.${now}.0.0.0; Path=/; Max-Age=${2 * year}; SameSite=Lax`;
  window.dataLayer = window.dataLayer || [];
  window.demoRan('analytics:gtag.js');
})();
