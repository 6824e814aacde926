import { randomBytes, randomFillSync } from "node:crypto";

const POOL_BYTES = 8192;
let pool = Buffer.alloc(0);
let offset = 0;

/**
 * Cryptographically random bytes served from a pooled buffer, as Node's own randomUUID does. randomBytes costs a
 * few microseconds per call whatever the size, and an import makes hundreds of thousands of ids and salts: about
 * 2 s of CPU. Every byte is handed out once; a refill allocates a new buffer, so earlier slices never change.
 */
export function pooledRandomBytes(size: number): Buffer {
  if (size > POOL_BYTES) return randomBytes(size);
  if (offset + size > pool.length) {
    pool = randomFillSync(Buffer.allocUnsafe(POOL_BYTES));
    offset = 0;
  }
  const bytes = pool.subarray(offset, offset + size);
  offset += size;
  return bytes;
}
