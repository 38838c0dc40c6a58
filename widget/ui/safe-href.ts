// The policy link accepts only http(s) and relative addresses. The boot script already checked
// `data-policy-url`; this is the last line before an `href`, so a `javascript:` URL never gets one.
export function safeHref(url: string | null): string | null {
  if (!url) return null;
  try {
    return /^https?:$/.test(new URL(url, location.href).protocol) ? url : null;
  } catch {
    return null;
  }
}
