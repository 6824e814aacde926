import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { pgConfigFromUrl } from "@/lib/db/pg-config";
import { env } from "@/lib/env";

function createClient() {
  const adapter = new PrismaPg({ ...pgConfigFromUrl(env().DATABASE_URL), max: 10 });
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
export const db: Db = globalForDb.certdashDb ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.certdashDb = db;
