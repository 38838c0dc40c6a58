// The consent records' settings (docs/proxy.md, "Consent records"), read with the rest of the
// environment: `ADMIN_TOKEN` turns the admin routes on, `RECORDS_RETENTION_DAYS` bounds how long a
// record is kept. Where records live (`RECORDS_DB`, the `RECORDS` binding) is the adapters' concern.

export interface RecordsConfig {
  /** Null: the admin routes answer 404. */
  adminToken: string | null;
  retentionDays: number;
}

export const ADMIN_TOKEN_MIN_LENGTH = 32;
export const DEFAULT_RETENTION_DAYS = 400;

export function readRecordsEnv(env: Readonly<Record<string, unknown>>): {
  config: RecordsConfig;
  problems: string[];
} {
  const problems: string[] = [];
  let adminToken: string | null = null;
  const token = env.ADMIN_TOKEN;
  if (token !== undefined && token !== '') {
    if (typeof token !== 'string' || token.trim().length < ADMIN_TOKEN_MIN_LENGTH) {
      problems.push(
        `ADMIN_TOKEN must be at least ${ADMIN_TOKEN_MIN_LENGTH} characters (e.g. openssl rand -hex 32)`,
      );
    } else {
      adminToken = token.trim();
    }
  }
  let retentionDays = DEFAULT_RETENTION_DAYS;
  const days = env.RECORDS_RETENTION_DAYS;
  if (days !== undefined && days !== '') {
    const value = String(days).trim();
    if (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 36_500) retentionDays = Number(value);
    else problems.push('RECORDS_RETENTION_DAYS must be a whole number of days (1-36500)');
  }
  return { config: { adminToken, retentionDays }, problems };
}
