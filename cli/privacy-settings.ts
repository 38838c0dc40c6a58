// The store's privacy settings as the command line shows and changes them. Pure: no I/O.

/** `null` on a channel means "inherits the global value" (BigCommerce's channel settings). */
export interface PrivacyValues {
  ask_shopper_for_tracking_consent: boolean | null;
  policy_url: string | null;
}

export type PrivacyChange = Partial<{ ask_shopper_for_tracking_consent: boolean; policy_url: string }>;

export const FIELDS = ['ask_shopper_for_tracking_consent', 'policy_url'] as const;
type Field = (typeof FIELDS)[number];

export const LABELS: Record<Field, string> = {
  ask_shopper_for_tracking_consent: 'ask shoppers for tracking consent',
  policy_url: 'privacy policy URL',
};

/** Reads `data.privacy_settings` from a settings response, tolerating absent fields. */
export const privacyOf = (body: unknown): PrivacyValues => {
  const data = (body as { data?: { privacy_settings?: Record<string, unknown> } } | null)?.data;
  const privacy = data?.privacy_settings ?? {};
  const ask = privacy.ask_shopper_for_tracking_consent;
  const url = privacy.policy_url;
  return {
    ask_shopper_for_tracking_consent: typeof ask === 'boolean' ? ask : null,
    policy_url: typeof url === 'string' ? url : null,
  };
};

/**
 * The body to PUT: the current values with the change applied. Sending both fields keeps the one
 * not being changed as it was, whether BigCommerce treats the object as a patch or a replacement.
 */
export const updatedPrivacy = (before: PrivacyValues, change: PrivacyChange): PrivacyValues => ({
  ...before,
  ...change,
});

export const changedFields = (before: PrivacyValues, after: PrivacyValues): Field[] =>
  FIELDS.filter((field) => before[field] !== after[field]);

/** How a value reads to a merchant; `inherited` is the global value a channel falls back to. */
export const showValue = (
  field: Field,
  value: boolean | string | null,
  inherited?: boolean | string | null,
): string => {
  if (value === null) {
    return inherited === undefined ? 'not set' : `inherits global (${showValue(field, inherited ?? null)})`;
  }
  if (field === 'ask_shopper_for_tracking_consent') return value ? 'on' : 'off';
  return value === '' ? '(none)' : String(value);
};
