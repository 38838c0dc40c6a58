// Finding, creating, updating and removing the widget's Script Manager entry (scripts.v3.yml).
import { SCRIPT_DESCRIPTION, SCRIPT_NAME } from './script-tag';
import type { Store } from './store';

const SCOPE = 'Content modify and Checkout Content modify' as const;
const PAGE_LIMIT = 250;

export interface ScriptEntry {
  uuid: string;
  name: string;
  html?: string;
  src?: string;
  kind?: string;
  location?: string;
  visibility?: string;
  consent_category?: string;
  load_method?: string;
  enabled?: boolean;
  channel_id?: number;
}

/** Everything the entry must be; `install` compares with it to tell "updated" from "unchanged". */
export const desiredEntry = (html: string, channel: number) => ({
  name: SCRIPT_NAME,
  description: SCRIPT_DESCRIPTION,
  html,
  kind: 'script_tag',
  location: 'head',
  visibility: 'all_pages',
  consent_category: 'essential',
  load_method: 'default',
  enabled: true,
  channel_id: channel,
});

export type DesiredEntry = ReturnType<typeof desiredEntry>;

export const isUpToDate = (entry: ScriptEntry, want: DesiredEntry): boolean =>
  (['html', 'kind', 'location', 'visibility', 'consent_category', 'load_method', 'enabled'] as const).every(
    (key) => entry[key] === want[key],
  );

/** Every entry this API account can see, from every page of `GET /v3/content/scripts`. */
export const listScripts = async (store: Store): Promise<ScriptEntry[]> => {
  const found: ScriptEntry[] = [];
  for (let page = 1; ; page++) {
    const { body } = await store.call<{
      data?: ScriptEntry[];
      meta?: { pagination?: { total_pages?: number } };
    }>('list the Script Manager scripts', SCOPE, 'GET', '/v3/content/scripts', {
      query: { page: String(page), limit: String(PAGE_LIMIT) },
    });
    const data = Array.isArray(body?.data) ? body.data : [];
    found.push(...data);
    const totalPages = body?.meta?.pagination?.total_pages ?? 1;
    if (page >= totalPages || data.length === 0) return found;
  }
};

/** Our entries on one channel, oldest first. */
export const findOurEntries = async (store: Store, channel: number): Promise<ScriptEntry[]> =>
  (await listScripts(store)).filter((s) => s.name === SCRIPT_NAME && (s.channel_id ?? 1) === channel);

export const createEntry = async (store: Store, want: DesiredEntry): Promise<ScriptEntry> => {
  const { body } = await store.call<{ data: ScriptEntry }>(
    `create the "${SCRIPT_NAME}" script in Script Manager`,
    SCOPE,
    'POST',
    '/v3/content/scripts',
    { body: want },
  );
  return body.data;
};

export const updateEntry = async (store: Store, uuid: string, want: DesiredEntry): Promise<ScriptEntry> => {
  const { body } = await store.call<{ data: ScriptEntry }>(
    `update the "${SCRIPT_NAME}" script ${uuid} in Script Manager`,
    SCOPE,
    'PUT',
    `/v3/content/scripts/${encodeURIComponent(uuid)}`,
    { body: want },
  );
  return body.data;
};

export const deleteEntry = async (store: Store, uuid: string): Promise<void> => {
  await store.call(
    `remove the "${SCRIPT_NAME}" script ${uuid} from Script Manager`,
    SCOPE,
    'DELETE',
    `/v3/content/scripts/${encodeURIComponent(uuid)}`,
  );
};
