// Offset pagination as the v3 files describe it: `page` and `limit` in, `meta.pagination` out.
import { invalid } from './errors';

export interface PageRequest {
  page: number;
  limit: number;
}

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 250;

function positiveInt(query: URLSearchParams, name: string, fallback: number, max: number): number {
  const raw = query.get(name);
  if (raw === null) return fallback;
  const n = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > max) {
    throw invalid(422, `The query parameter ${name} must be a whole number from 1 to ${max}.`, {
      [name]: raw,
    });
  }
  return n;
}

export function readPage(query: URLSearchParams): PageRequest {
  return {
    page: positiveInt(query, 'page', 1, Number.MAX_SAFE_INTEGER),
    limit: positiveInt(query, 'limit', DEFAULT_LIMIT, MAX_LIMIT),
  };
}

export function paginate<T>(items: readonly T[], p: PageRequest, o: { links: boolean }) {
  const total = items.length;
  const totalPages = Math.ceil(total / p.limit);
  const data = items.slice((p.page - 1) * p.limit, p.page * p.limit);
  const pagination: Record<string, unknown> = {
    total,
    count: data.length,
    per_page: p.limit,
    current_page: p.page,
    total_pages: totalPages,
  };
  if (o.links) {
    const link = (page: number) => `?page=${page}&limit=${p.limit}`;
    const links: Record<string, string> = { current: link(p.page) };
    if (p.page > 1) links.previous = link(p.page - 1);
    if (p.page < totalPages) links.next = link(p.page + 1);
    pagination.links = links;
  }
  return { data, meta: { pagination } };
}
