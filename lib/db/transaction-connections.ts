import { AsyncLocalStorage } from "node:async_hooks";
import type pg from "pg";

// The adapter side of lib/db/bulk-statements.ts, apart from it so that lib/db.ts can wrap its adapter without
// importing what imports lib/db.ts.

/** What a bulkTransaction() knows of itself: the Prisma transaction, and the pg connection it runs on. */
export type TransactionSlot<Tx = unknown> = { connection?: pg.ClientBase; tx?: Tx };
export const transactionSlots = new AsyncLocalStorage<TransactionSlot>();

// @prisma/adapter-pg's transaction keeps its pooled connection as `client` (the adapter version is pinned).
type Transaction = { client?: pg.ClientBase };
type Adapter = { startTransaction: (...args: unknown[]) => Promise<Transaction> };

/** Wraps the driver adapter factory so each transaction it opens tells the slot of the code that opened it. */
export function recordTransactionConnections<F extends { connect: () => Promise<unknown> }>(factory: F): F {
  const wrapAdapter = (adapter: Adapter) =>
    new Proxy(adapter, {
      get(target, prop) {
        if (prop === "startTransaction") {
          return async (...args: unknown[]) => {
            const transaction = await target.startTransaction(...args);
            const slot = transactionSlots.getStore();
            if (slot && !slot.connection) slot.connection = transaction.client;
            return transaction;
          };
        }
        const value = Reflect.get(target, prop, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  return new Proxy(factory, {
    get(target, prop) {
      if (prop === "connect") return async () => wrapAdapter((await target.connect()) as Adapter);
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
