import { createHash } from 'node:crypto';

/** JSON with object keys sorted, so equal data always gives equal text whatever order it was built in. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** The cache key of an image: a SHA-256 of everything that decides its pixels. */
export function cardHash(inputs: unknown): string {
  return createHash('sha256').update(stableJson(inputs)).digest('hex').slice(0, 40);
}

/** A short digest of a file's bytes (an avatar, a logo, a font), for cache keys. */
export function bytesDigest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}
