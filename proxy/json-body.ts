// Reads a JSON request body, refusing more than `limit` bytes whether or not Content-Length says so.
import { badRequest, payloadTooLarge, unsupportedMediaType } from './errors';

export async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  const type = request.headers.get('Content-Type');
  if (type?.split(';')[0]?.trim().toLowerCase() !== 'application/json') throw unsupportedMediaType(type);
  const declared = request.headers.get('Content-Length');
  if (declared !== null && Number(declared) > limit) throw payloadTooLarge(limit);
  const text = await readText(request, limit);
  if (text.trim() === '') throw badRequest('the body is empty: send { "allow": [...], "deny": [...] }');
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest('the body is not valid JSON');
  }
}

async function readText(request: Request, limit: number): Promise<string> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw payloadTooLarge(limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw badRequest('the body is not valid UTF-8');
  }
}
