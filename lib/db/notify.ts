import type { Db, Tx } from "@/lib/db";
import { bulkExecute } from "@/lib/db/bulk-statements";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The one place the application sends a PostgreSQL notification (the database's own triggers send the badge
 * changes). Sent inside a transaction it is delivered when that transaction commits, and dropped if it rolls
 * back, so a listener never hears of work that does not exist. Listening is lib/db/notifications.ts. Inside an
 * import's bulk transaction it goes straight to the connection, sparing Prisma's per-query compile.
 */
export async function notify(tx: Db | Tx, channel: string, payload: string): Promise<void> {
  await bulkExecute(tx, Prisma.sql`SELECT pg_notify(${channel}, ${payload})`);
}
