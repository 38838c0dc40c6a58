// The sample third-party tags a store might gate (docs/widget.md), each of which only records that it ran
// (and sets the cookies its real counterpart would), so the demo panel can show what consent let run.
import type { OptionalCategory } from '../../core/categories';

export interface Sample {
  /** What the tag pushes into `window.__ran` when it runs. */
  id: string;
  category: OptionalCategory;
  label: string;
}

export const SAMPLES: readonly Sample[] = [
  { id: 'functional:chat', category: 'functional', label: 'Live chat widget' },
  { id: 'analytics:gtag.js', category: 'analytics', label: 'Google tag (gtag.js, sets _ga cookies)' },
  { id: 'analytics:config', category: 'analytics', label: "gtag('config') call" },
  { id: 'targeting:fbevents.js', category: 'targeting', label: 'Ad pixel (sets the _fbp cookie)' },
  { id: 'targeting:video', category: 'targeting', label: 'Embedded product video (iframe)' },
];

/** The gated tags as a merchant writes them: `type="text/plain"` plus `data-consent`. */
export const GATED_TAGS = `<script type="text/plain" data-consent="functional">
  window.demoRan('functional:chat');
</script>
<script type="text/plain" data-consent="analytics" src="/vendor/gtag/js?id=G-DEMO42"></script>
<script type="text/plain" data-consent="analytics">
  window.dataLayer = window.dataLayer || [];
  function gtag() { dataLayer.push(arguments); }
  gtag('js', new Date());
  gtag('config', 'G-DEMO42');
  window.demoRan('analytics:config');
</script>
<script type="text/plain" data-consent="targeting" src="/vendor/fbevents.js"></script>`;

/** The gated iframe, placed in the page where the video belongs. */
export const GATED_VIDEO = `<iframe data-consent="targeting" data-src="/vendor/embed/video" title="How our mugs are made" width="320" height="180"></iframe>`;

/** Runs before anything else on the page: the one function every sample calls. */
export const RAN_RECORDER = `<script>
  window.__ran = window.__ran || [];
  window.demoRan = function (id) {
    window.__ran.push(id);
    window.dispatchEvent(new CustomEvent('demo:ran', { detail: id }));
  };
</script>`;
