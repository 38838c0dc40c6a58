// Global Privacy Control (docs/signals.md, "Global Privacy Control"): https://privacycg.github.io/gpc-spec/
// Only detection lives here; what GPC does to the decision is the consent model's business.
import type { Config } from '../types';

/** True when the store honours GPC and the browser sends it. */
export const gpcActive = (config: Config, nav: Navigator): boolean =>
  config.gpc === 'honor' &&
  (nav as Navigator & { globalPrivacyControl?: unknown }).globalPrivacyControl === true;
