// The Script Manager audit: every script entry that loads a known tracker, flagged when its consent
// category is `essential` or unknown, so BigCommerce (and the banner's native sync) would run it
// before any choice. Pure judging here; the listing is script-manager.ts's.
import { type Category, OPTIONAL_CATEGORIES } from '../../core/categories';
import type { ScriptEntry } from '../script-manager';
import { trackersInText } from './classify';

export interface AuditEntry {
  uuid: string;
  name: string;
  consent_category: string;
  /** The entry's src, or its html. */
  loads: string;
  trackers: Array<{ vendor: string; category: Category }>;
  flagged: boolean;
  /** The category the entry needs: the strictest of its trackers'. */
  needs: Category;
}

export interface ScriptManagerAudit {
  checked: number;
  entries: AuditEntry[];
  flagged: number;
}

const strictest = (categories: Category[]): Category =>
  [...OPTIONAL_CATEGORIES].reverse().find((c) => categories.includes(c)) ?? 'essential';

export function auditScripts(scripts: readonly ScriptEntry[]): ScriptManagerAudit {
  const entries: AuditEntry[] = [];
  for (const s of scripts) {
    const loads = s.kind === 'src' ? (s.src ?? '') : (s.html ?? s.src ?? '');
    const trackers = trackersInText(loads).flatMap((v) =>
      v.known && v.category !== 'essential' ? [{ vendor: v.vendor, category: v.category }] : [],
    );
    if (trackers.length === 0) continue;
    const category = s.consent_category ?? 'unknown';
    entries.push({
      uuid: s.uuid,
      name: s.name,
      consent_category: category,
      loads,
      trackers,
      flagged: category === 'essential' || category === 'unknown',
      needs: strictest(trackers.map((t) => t.category)),
    });
  }
  return { checked: scripts.length, entries, flagged: entries.filter((e) => e.flagged).length };
}
