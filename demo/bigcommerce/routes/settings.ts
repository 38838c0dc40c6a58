// GET/PUT /customers/settings and /customers/settings/channels/{channel_id}
// (customers.v3.yml: CustomerSettingsObject, CustomerChannelSettingsObject; `null` on a channel = inherit).
import { z } from 'zod';
import type { ApiRequest, ApiResponse, Route } from '../api-request';
import { issuesToErrors } from '../api-request';
import { customersModify, customersRead } from '../auth';
import { invalid, notFound } from '../errors';
import type { ChannelSettings, GlobalSettings } from '../state';

// Strict objects: an unknown or misspelled field is refused, so a typo cannot pass unnoticed.
const groupId = z.number().int().min(0);
const policyUrl = z.string().max(2048);

const globalBody = z.strictObject({
  privacy_settings: z
    .strictObject({
      ask_shopper_for_tracking_consent: z.boolean(),
      policy_url: policyUrl,
      ask_shopper_for_tracking_consent_on_checkout: z.boolean(),
    })
    .partial()
    .optional(),
  customer_group_settings: z
    .strictObject({ guest_customer_group_id: groupId, default_customer_group_id: groupId })
    .partial()
    .optional(),
});

const channelBody = z.strictObject({
  privacy_settings: z
    .strictObject({
      ask_shopper_for_tracking_consent: z.boolean().nullable(),
      policy_url: policyUrl.nullable(),
      ask_shopper_for_tracking_consent_on_checkout: z.boolean().nullable(),
    })
    .partial()
    .nullable()
    .optional(),
  customer_group_settings: z
    .strictObject({
      guest_customer_group_id: groupId.nullable(),
      default_customer_group_id: groupId.nullable(),
    })
    .partial()
    .nullable()
    .optional(),
  allow_global_logins: z.boolean().optional(),
});

const envelope = (data: unknown): ApiResponse => ({ status: 200, body: { data, meta: {} } });

const copyGlobal = (s: GlobalSettings): GlobalSettings => ({
  privacy_settings: { ...s.privacy_settings },
  customer_group_settings: { ...s.customer_group_settings },
});

const copyChannel = (s: ChannelSettings): ChannelSettings => ({
  privacy_settings: { ...s.privacy_settings },
  customer_group_settings: { ...s.customer_group_settings },
  allow_global_logins: s.allow_global_logins,
});

function parse<T>(schema: z.ZodType<T>, req: ApiRequest): T {
  const parsed = schema.safeParse(req.json(422));
  if (!parsed.success) {
    throw invalid(
      422,
      'Invalid JSON request body - missing or invalid data.',
      issuesToErrors(parsed.error.issues),
    );
  }
  return parsed.data;
}

function getGlobal(req: ApiRequest): ApiResponse {
  customersRead(req.account);
  return envelope(copyGlobal(req.state.settings));
}

function putGlobal(req: ApiRequest): ApiResponse {
  customersModify(req.account);
  const body = parse(globalBody, req);
  const s = req.state.settings;
  Object.assign(s.privacy_settings, body.privacy_settings);
  Object.assign(s.customer_group_settings, body.customer_group_settings);
  return envelope(copyGlobal(s));
}

function channel(req: ApiRequest): ChannelSettings {
  const raw = req.params.channelId ?? '';
  const found = /^\d+$/.test(raw) ? req.state.channels.get(Number(raw)) : undefined;
  if (!found) throw notFound('Channel not found.');
  return found;
}

function getChannel(req: ApiRequest): ApiResponse {
  customersRead(req.account);
  return envelope(copyChannel(channel(req)));
}

function putChannel(req: ApiRequest): ApiResponse {
  customersModify(req.account);
  const c = channel(req);
  const body = parse(channelBody, req);
  // A null group means "remove every override in it".
  if (body.privacy_settings === null) {
    for (const key of Object.keys(c.privacy_settings) as Array<keyof ChannelSettings['privacy_settings']>) {
      c.privacy_settings[key] = null;
    }
  } else if (body.privacy_settings) {
    Object.assign(c.privacy_settings, body.privacy_settings);
  }
  if (body.customer_group_settings === null) {
    c.customer_group_settings = { guest_customer_group_id: null, default_customer_group_id: null };
  } else if (body.customer_group_settings) {
    Object.assign(c.customer_group_settings, body.customer_group_settings);
  }
  if (body.allow_global_logins !== undefined) c.allow_global_logins = body.allow_global_logins;
  return envelope(copyChannel(c));
}

export const settingsRoutes: Route[] = [
  { pattern: /^\/customers\/settings$/, methods: { GET: getGlobal, PUT: putGlobal } },
  {
    pattern: /^\/customers\/settings\/channels\/(?<channelId>[^/]+)$/,
    methods: { GET: getChannel, PUT: putChannel },
  },
];
