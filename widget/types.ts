// The shapes the widget's parts pass to each other. Pure types: nothing here reaches the bundle.
import type { Signal } from '../core/boot-attributes';
import type { Category, OptionalCategory } from '../core/categories';
import type { Policy } from '../core/jurisdictions';

/** What the config parsers need from the <script> element (a plain object in tests). */
export interface ScriptAttributes {
  getAttribute(name: string): string | null;
  getAttributeNames(): string[];
  /** The `src` property: the script's URL, absolute; '' for an inline script. */
  src?: string;
  /** The `data-*` attributes by their names in camel case (`data-expiry-days` → `expiryDays`). */
  dataset: Record<string, string | undefined>;
  /** The `nonce` IDL attribute: browsers hide the content attribute once a CSP applies. */
  nonce?: string;
}

export type Position = 'bottom' | 'top' | 'center';
export type Theme = 'light' | 'dark' | 'auto';

/**
 * What the boot script needs from the data attributes (parsed there, with defaults filled in): enough
 * to apply a stored decision, gate scripts and know whether the core module must load.
 */
export interface BootConfig {
  /** The optional categories this store uses, in the order the merchant gave. */
  categories: readonly OptionalCategory[];
  revision: number;
  expiryDays: number;
  gpc: 'honor' | 'ignore';
  /**
   * The boot's attributes whose values were refused: the module warns of them (config-read.ts), so a page
   * that loads it (every first visit, every decision) shows them in the console.
   */
  refused: [name: string, value: string, used: unknown][];
  consentMode: boolean;
  /** The vendors told of decisions (docs/signals.md): `data-signals` (Google's also needs `consentMode`). */
  signals: readonly Signal[];
  nativeSync: boolean;
  /**
   * `data-proxy-url` and `data-client-id` are given and `data-customer-id` does not say guest: a
   * decision still pending for the server may be sent on this page (the core checks the values).
   */
  maySync: boolean;
  /** `data-proxy-url` is given: decisions not yet recorded may be sent on this page (the core checks `data-records`). */
  mayRecord: boolean;
  /** The widget's own <script> element, which the module and its chunks read their attributes from. */
  script: ScriptAttributes;
  /** The widget's own script nonce, reused for anything it inserts (CSP). */
  nonce: string | null;
  /** URL of the folder the widget was loaded from: where the core, UI and language files are. */
  base: string;
}

/**
 * Everything the merchant set with data attributes but `data-clear-*`, which only a withdrawal reads
 * (clear-attributes.ts); the core module completes the boot's part.
 */
export interface Config extends BootConfig {
  proxyUrl: string | null;
  clientId: string | null;
  /** From `data-customer-id`: a hint only. 'guest' skips the JWT request; never used to authorise. */
  customerHint: 'guest' | 'customer' | 'unknown';
  /** Where the current-customer JWT comes from; null when sync is off (no proxy or client id). */
  jwtUrl: string | null;
  /** Each decision goes to the proxy's consent records: a proxy is set and `data-records` is not `off`. */
  records: boolean;
  policyUrl: string | null;
  cookieDomain: string | null;
  /** `auto` or a language code as given; resolved to a supported language when the UI loads. */
  lang: string;
  position: Position;
  theme: Theme;
  accent: string | null;
  /**
   * BigCommerce's own category numbers (docs/signals.md, "BigCommerce's own consent feature"): read by
   * the sending chunk (effects.ts), the only code that uses them, so the module starts without them.
   */
  nativeIds: Record<OptionalCategory, number>;
  /** `data-regions`: `auto` asks as the law where the shopper is does (docs/regions.md). */
  regions: 'off' | 'auto';
  /** `data-region-default`: the policy where no consent law is known. */
  regionDefault: Policy;
  /** `data-text-*` overrides, keyed in camelCase (`data-text-accept-all` → `acceptAll`). */
  texts: Record<string, string>;
}

/** The config as the module has it: all but what its sending chunk reads when it loads. */
export type ModuleConfig = Omit<Config, 'nativeIds'>;

/** A decision as the cookie keeps it. */
export interface ConsentRecord {
  /** Always contains `essential`. */
  allow: Category[];
  deny: Category[];
  revision: number;
  /** ISO 8601 time of the decision. */
  updatedAt: string;
  /** Global Privacy Control applied when this decision was made. */
  gpc: boolean;
  /** Still to be sent: to the proxy (`server`), to BigCommerce's own consent endpoint (`native`). */
  pending: { server: boolean; native: boolean };
  /**
   * The policy it was made under (docs/regions.md), as its index in POLICIES: 0 `opt-in`, 1 `opt-out`,
   * 2 `none`, so a higher number is a weaker policy. 0 in a cookie written before regional rules.
   */
  policy: number;
  /**
   * This browser's consent id (docs/proxy.md, "Consent records"), made at its first decision; null in a
   * cookie written before consent records.
   */
  id: string | null;
  /** The decisions not yet recorded by the proxy, encoded (unsent-records.ts); '' when none. */
  unsent: string;
}

export type { Category, OptionalCategory };
