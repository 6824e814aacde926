import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { listen, type ChannelListener } from "@/lib/db/notifications";
import { notify } from "@/lib/db/notify";
import { loadBadgeSnapshot, type BadgeSnapshot } from "@/lib/badges/documents/snapshot";

/**
 * Badge snapshots for the public verification page and the Open Badges documents, which anyone may request at
 * any rate. A snapshot stays cached until the database says it changed: triggers (see the migration
 * "badge_change_notifications") send the badge's id, "user:<id>" or "*" on the "badge_changes" channel when a
 * change commits, in every process that listens. While this process is not listening (starting, or after a dropped
 * connection) nothing is served from or stored in the cache, so a missed message can never leave a stale answer.
 *
 * Time-dependent facts (expired or not) are computed from the snapshot by its readers, so caching one never
 * freezes a status. Snapshots are shared between requests: readers must not modify them.
 */
const MAX_ENTRIES = 5_000;
// A safety net only: every change that matters is announced.
const MAX_AGE_MS = 10 * 60_000;

type Entry = { snapshot: BadgeSnapshot; storedAt: number };
type Cache = {
  entries: Map<string, Entry>;
  epoch: number;
  listener: ChannelListener;
  barriers: Map<string, () => void>;
};

// Kept on globalThis so development's module reloads do not open a listener each.
const holder = globalThis as unknown as { certdashSnapshotCache?: Cache };

function cache(): Cache {
  if (holder.certdashSnapshotCache) return holder.certdashSnapshotCache;
  const entries = new Map<string, Entry>();
  const barriers = new Map<string, () => void>();
  const c: Cache = {
    entries,
    epoch: 0,
    barriers,
    listener: listen("badge_changes", {
      onMessage(payload) {
        if (payload.startsWith("sync:")) return barriers.get(payload)?.();
        c.epoch++;
        if (payload === "*") entries.clear();
        else if (payload.startsWith("user:")) {
          const userId = payload.slice("user:".length);
          for (const [id, e] of entries) if (e.snapshot.userId === userId) entries.delete(id);
        } else entries.delete(payload);
      },
      onGap() {
        c.epoch++;
        entries.clear();
      },
    }),
  };
  holder.certdashSnapshotCache = c;
  return c;
}

export async function cachedBadgeSnapshot(id: string): Promise<BadgeSnapshot | null> {
  const c = cache();
  const hit = c.entries.get(id);
  if (hit && c.listener.listening && Date.now() - hit.storedAt < MAX_AGE_MS) {
    c.entries.delete(id); // re-inserted last: the Map's order is the eviction order
    c.entries.set(id, hit);
    return hit.snapshot;
  }
  // A change announced while this load runs may or may not be in what it reads; then it is not kept.
  const epoch = c.epoch;
  const snapshot = await loadBadgeSnapshot(db, id);
  if (snapshot && c.listener.listening && epoch === c.epoch) {
    c.entries.set(id, { snapshot, storedAt: Date.now() });
    if (c.entries.size > MAX_ENTRIES) c.entries.delete(c.entries.keys().next().value!);
  }
  return snapshot;
}

/**
 * Resolves once every change committed before the call has reached this process's cache. PostgreSQL delivers
 * notifications in commit order, so a message of our own, sent now, arrives after all of them. Changes reach the
 * cache within milliseconds anyway; tests that read right after writing wait for this instead of for time.
 */
export async function badgeCacheSettled() {
  const c = cache();
  if (!c.listener.listening) return; // nothing is served from the cache until it listens
  const token = `sync:${randomUUID()}`;
  const arrived = new Promise<void>((resolve) => c.barriers.set(token, resolve));
  await notify(db, "badge_changes", token);
  await Promise.race([arrived, new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
  c.barriers.delete(token);
}

/** Resolves once this process listens for changes (tests wait for it before expecting cache hits). */
export const badgeCacheReady = () => cache().listener.ready();

/** Closes the listening connection (tests, scripts); the next read opens a new one. */
export async function stopBadgeSnapshotCache() {
  const c = holder.certdashSnapshotCache;
  holder.certdashSnapshotCache = undefined;
  await c?.listener.close();
}

/** How many snapshots are held (tests observe hits and evictions through it). */
export const cachedBadgeCount = () => holder.certdashSnapshotCache?.entries.size ?? 0;
