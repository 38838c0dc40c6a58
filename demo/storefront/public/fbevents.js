// A stand-in for an advertising pixel: sets the `_fbp` cookie the real one sets, records that it ran.
(() => {
  const days90 = 90 * 24 * 60 * 60;
  // biome-ignore lint/suspicious/noDocumentCookie: the real tag writes document.cookie exactly like this
  document.cookie = `_fbp=fb.1.${Date.now()}.${Math.floor(Math.random() * 1e9)}; Path=/; Max-Age=${days90}; SameSite=Lax`;
  window.demoRan('targeting:fbevents.js');
})();
