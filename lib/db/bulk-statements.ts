import { asPgQuery } from "@/lib/db/pg-query";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";
import { transactionSlots, type TransactionSlot } from "@/lib/db/transaction-connections";

/**
 * Bulk statements (thousands of values in arrays) sent straight to the transaction's pg connection. Prisma 6 hands
 * every raw query's parameters through its WebAssembly query engine: a statement with ten 1,000-element arrays
 * measured 20 ms of CPU through Prisma and 2 ms through pg, and an import runs a thousand of them.
 *
 * bulkTransaction() is db.$transaction that also records which pg connection the transaction runs on (the
 * adapter is wrapped in lib/db.ts); bulkQuery()/bulkExecute() use that connection when called with that very
 * transaction, and go through Prisma otherwise, so the same code works in any transaction.
 */
export function bulkTransaction<T>(
  db: Db,
  fn: (tx: Tx) => Promise<T>,
  options?: { timeout?: number; maxWait?: number },
): Promise<T> {
  const slot: TransactionSlot<Tx> = {};
  return transactionSlots.run(slot, () =>
    db.$transaction(async (tx) => {
      slot.tx = tx;
      try {
        return await fn(tx);
      } finally {
        slot.tx = undefined;
      }
    }, options),
  );
}

function connectionOf(tx: Db | Tx) {
  const slot = transactionSlots.getStore();
  return slot?.tx === tx ? slot.connection : undefined;
}

export async function bulkQuery<T>(tx: Db | Tx, sql: Prisma.Sql): Promise<T[]> {
  const connection = connectionOf(tx);
  if (!connection) return tx.$queryRaw<T[]>(sql);
  const result = await connection.query(asPgQuery(sql));
  return result.rows as T[];
}

export async function bulkExecute(tx: Db | Tx, sql: Prisma.Sql): Promise<number> {
  const connection = connectionOf(tx);
  if (!connection) return tx.$executeRaw(sql);
  const result = await connection.query(asPgQuery(sql));
  return result.rowCount ?? 0;
}

/** Whether bulk statements in `tx` bypass Prisma (tests observe the wiring through it). */
export const runsOnConnection = (tx: Db | Tx) => connectionOf(tx) !== undefined;
