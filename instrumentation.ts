/**
 * Runs once as each web server process starts. It opens the process's LISTEN connection (the badge snapshot
 * cache's) now rather than on the first badge request: that request then finds a listening cache, and a database
 * outage is noticed the moment PostgreSQL closes the connection, before any page has to fail (lib/db/health.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { badgeCacheReady } = await import("@/lib/badges/documents/snapshot-cache");
  void badgeCacheReady();
}
