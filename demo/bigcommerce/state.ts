// The stand-in's in-memory store: what tests seed and inspect. Plain data, no I/O.
import type { Category } from '../../core/categories';

export interface Customer {
  id: number;
  email: string;
  first_name: string;
  last_name: string;
  customer_group_id: number;
}

/** A customer's saved consent; `updatedAt` is the real time of the last PUT (BigCommerce hides it on GET). */
export interface StoredConsent {
  allow: Category[];
  deny: Category[];
  updatedAt: string;
}

export interface PrivacySettings {
  ask_shopper_for_tracking_consent: boolean;
  policy_url: string;
  ask_shopper_for_tracking_consent_on_checkout: boolean;
}

export interface CustomerGroupSettings {
  guest_customer_group_id: number;
  default_customer_group_id: number;
}

export interface GlobalSettings {
  privacy_settings: PrivacySettings;
  customer_group_settings: CustomerGroupSettings;
}

/** Per-channel overrides: `null` means "inherit the global value". */
export interface ChannelSettings {
  privacy_settings: { [K in keyof PrivacySettings]: PrivacySettings[K] | null };
  customer_group_settings: { [K in keyof CustomerGroupSettings]: CustomerGroupSettings[K] | null };
  allow_global_logins: boolean;
}

export interface ShopperProfile {
  id: string;
  customer_id?: number;
  created_at: string;
  updated_at: string;
}

export interface Script {
  uuid: string;
  name: string;
  description: string;
  html?: string;
  src?: string;
  auto_uninstall: boolean;
  load_method: 'default' | 'async' | 'defer';
  location: 'head' | 'footer';
  visibility: 'storefront' | 'all_pages' | 'checkout' | 'order_confirmation';
  kind: 'src' | 'script_tag';
  api_client_id: string;
  consent_category: Category | 'unknown';
  enabled: boolean;
  channel_id: number;
  integrity_hashes: string[];
  date_created: string;
  date_modified: string;
}

/** A post to the storefront's `POST /api/storefront/consent`, as the store received it. */
export interface NativeConsentPost {
  allow: number[];
  deny: number[];
  customerId: number | null;
  time: string;
}

export interface StandInState {
  customers: Map<number, Customer>;
  consent: Map<number, StoredConsent>;
  settings: GlobalSettings;
  channels: Map<number, ChannelSettings>;
  shopperProfiles: ShopperProfile[];
  scripts: Script[];
  nativeConsentPosts: NativeConsentPost[];
  /** Requests being answered right now, and the most seen at once (CLI concurrency tests). */
  inFlight: number;
  maxInFlight: number;
}

export interface Seed {
  /** Replaces the five default customers. */
  customers?: Array<Partial<Customer> & { id: number }>;
  /** Saved consent per customer id. */
  consent?: Record<number, { allow: Category[]; deny: Category[]; updatedAt?: string }>;
  /**
   * Generates N shopper profiles, one per generated customer (ids 101, 102, …). Generated customer
   * number i (1-based) has consent denying targeting when i % 4 === 0, allowing everything when
   * i % 4 === 1, and no consent saved otherwise.
   */
  shopperProfiles?: number;
  settings?: {
    privacy_settings?: Partial<PrivacySettings>;
    customer_group_settings?: Partial<CustomerGroupSettings>;
  };
  /** Channel ids that exist (default [1]); each starts with every value inherited (null). */
  channels?: number[];
}

export const GENERATED_CUSTOMER_BASE = 100;

const DEFAULT_CUSTOMERS: Customer[] = [
  { id: 1, email: 'ada@example.com', first_name: 'Ada', last_name: 'Lovelace', customer_group_id: 0 },
  { id: 2, email: 'grace@example.com', first_name: 'Grace', last_name: 'Hopper', customer_group_id: 0 },
  { id: 3, email: 'alan@example.com', first_name: 'Alan', last_name: 'Turing', customer_group_id: 1 },
  {
    id: 4,
    email: 'katherine@example.com',
    first_name: 'Katherine',
    last_name: 'Johnson',
    customer_group_id: 0,
  },
  { id: 5, email: 'edsger@example.com', first_name: 'Edsger', last_name: 'Dijkstra', customer_group_id: 2 },
];

export const inheritedChannel = (): ChannelSettings => ({
  privacy_settings: {
    ask_shopper_for_tracking_consent: null,
    policy_url: null,
    ask_shopper_for_tracking_consent_on_checkout: null,
  },
  customer_group_settings: { guest_customer_group_id: null, default_customer_group_id: null },
  allow_global_logins: true,
});

const fullCustomer = (c: Partial<Customer> & { id: number }): Customer => ({
  email: `customer${c.id}@example.com`,
  first_name: 'Customer',
  last_name: String(c.id),
  customer_group_id: 0,
  ...c,
});

export function createState(seed: Seed = {}, now: () => Date = () => new Date()): StandInState {
  const time = now().toISOString();
  const customers = new Map<number, Customer>();
  for (const c of seed.customers ?? DEFAULT_CUSTOMERS) customers.set(c.id, fullCustomer(c));

  const consent = new Map<number, StoredConsent>();
  const shopperProfiles: ShopperProfile[] = [];
  for (let i = 1; i <= (seed.shopperProfiles ?? 0); i++) {
    const id = GENERATED_CUSTOMER_BASE + i;
    customers.set(id, fullCustomer({ id }));
    if (i % 4 === 0) {
      consent.set(id, {
        allow: ['essential', 'functional', 'analytics'],
        deny: ['targeting'],
        updatedAt: time,
      });
    } else if (i % 4 === 1) {
      consent.set(id, {
        allow: ['essential', 'functional', 'analytics', 'targeting'],
        deny: [],
        updatedAt: time,
      });
    }
    shopperProfiles.push({ id: crypto.randomUUID(), customer_id: id, created_at: time, updated_at: time });
  }
  for (const [id, c] of Object.entries(seed.consent ?? {})) {
    consent.set(Number(id), { allow: [...c.allow], deny: [...c.deny], updatedAt: c.updatedAt ?? time });
  }

  const channels = new Map<number, ChannelSettings>();
  for (const id of seed.channels ?? [1]) channels.set(id, inheritedChannel());

  return {
    customers,
    consent,
    settings: {
      privacy_settings: {
        ask_shopper_for_tracking_consent: true,
        policy_url: '',
        ask_shopper_for_tracking_consent_on_checkout: false,
        ...seed.settings?.privacy_settings,
      },
      customer_group_settings: {
        guest_customer_group_id: 0,
        default_customer_group_id: 0,
        ...seed.settings?.customer_group_settings,
      },
    },
    channels,
    shopperProfiles,
    scripts: [],
    nativeConsentPosts: [],
    inFlight: 0,
    maxInFlight: 0,
  };
}
