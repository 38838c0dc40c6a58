// `DEMO_THEME=leaky npm start`: the store as many themes ship, with the Google tag and the ad pixel
// pasted straight into the page instead of gated with `type="text/plain" data-consent`. They set
// `_ga` and `_fbp` before the shopper answers and again after "Reject all": what
// `storefront-consent scan` is there to find. Without the switch the same tags are gated (samples.ts).
export const LEAKY_TAGS = `<script>window.demoRan = window.demoRan || function () {};</script>
<script async src="/vendor/gtag/js?id=G-DEMO42"></script>
<script src="/vendor/fbevents.js"></script>`;
