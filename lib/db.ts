import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { recordTransactionConnections } from "@/lib/db/transaction-connections";
import { reportDatabaseError, reportingFailures } from "@/lib/db/health";
import { poolConfig } from "@/lib/db/pool-settings";
import { releasingFailedTransactions } from "@/lib/db/transaction-release";

/**
 * A Prisma client on its own pool, sized from the connection budget (lib/db/pool-settings.ts). `url` is for tests
 * that need a second database; everything else uses `db`.
 */
export function createClient(url?: string) {
  // Without the listeners a connection dropped by the server would be an unhandled 'error' event; with them, it
  // also tells the health check (lib/db/health.ts) that the database may be gone.
  const factory = new PrismaPg(poolConfig("prisma", url), {
    onPoolError: reportDatabaseError,
    onConnectionError: reportDatabaseError,
  });
  const adapter = recordTransactionConnections(reportingFailures(releasingFailedTransactions(factory)));
  return new PrismaClient({
    adapter,
    // Secret or bulky columns are never loaded unless a query asks for them by name.
    omit: {
      issuerKey: { privateKeyPem: true },
      transcriptShare: { accessCodeHash: true },
      badgeClaimToken: { tokenHash: true },
      actionToken: { tokenHash: true },
      importBatch: { content: true },
    },
  });
}

export type Db = ReturnType<typeof createClient>;
/** A transaction client as handed to $transaction callbacks. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// One client per process; in development the module is re-evaluated on every change, so keep it on globalThis.
const globalForDb = globalThis as unknown as { certdashDb?: Db };

function client(): Db {
  globalForDb.certdashDb ??= createClient();
  return globalForDb.certdashDb;
}

/**
 * The single Prisma client. Created on first use rather than at import, so `next build` (which imports every
 * route to analyse it) needs no database settings.
 */
export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const c = client();
    const value = Reflect.get(c, prop, c);
    return typeof value === "function" ? value.bind(c) : value;
  },
});
