import { UserError } from './errors.js';
import { tooBig as tooBigFor } from './files.js';

/** What a fetch may cost: it gives up after `timeoutMs` in all, or past `maxBytes` of body. */
export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

export interface Fetched {
  bytes: Uint8Array;
  /** The Content-Type header, lowercased ('' when absent). */
  contentType: string;
  /** The address after redirects, for resolving relative links. */
  url: string;
}

export const isUrl = (spec: string) => /^https?:\/\//i.test(spec);

function failure(url: string, e: unknown, limits: FetchLimits): UserError {
  if (e instanceof UserError) return e;
  const name = (e as Error)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return new UserError(`${url}: no complete answer within ${limits.timeoutMs / 1000} s (raise --timeout)`);
  const cause = (e as { cause?: { code?: string; message?: string } })?.cause;
  return new UserError(`${url}: cannot fetch it: ${cause?.code ?? cause?.message ?? (e as Error)?.message ?? String(e)}`);
}

/** GET an http(s) address within the limits; errors are one line naming the address. */
export async function fetchLimited(url: string, limits: FetchLimits): Promise<Fetched> {
  const tooBig = () => tooBigFor(url, limits.maxBytes);
  try {
    const response = await fetch(url, {
      signal: AbortSignal.timeout(limits.timeoutMs),
      redirect: 'follow',
      headers: { 'user-agent': 'deckwright', accept: 'text/html, application/xhtml+xml, text/markdown, text/plain, */*;q=0.5' },
    });
    if (!response.ok) {
      await response.body?.cancel();
      throw new UserError(`${url}: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    }
    if (Number(response.headers.get('content-length') ?? 0) > limits.maxBytes) {
      await response.body?.cancel();
      throw tooBig();
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = response.body?.getReader();
    for (let part = await reader?.read(); reader && part && !part.done; part = await reader.read()) {
      size += part.value.byteLength;
      if (size > limits.maxBytes) {
        await reader.cancel();
        throw tooBig();
      }
      chunks.push(part.value);
    }
    return { bytes: Buffer.concat(chunks), contentType: (response.headers.get('content-type') ?? '').toLowerCase(), url: response.url || url };
  } catch (e) {
    throw failure(url, e, limits);
  }
}
