/**
 * Works around a connection leak in @prisma/client 6.19 with @prisma/adapter-pg: to end an interactive
 * transaction the client sends COMMIT or ROLLBACK through the transaction, and only if that succeeds calls the
 * transaction's commit()/rollback(), which is what gives the pooled connection back. When the connection died
 * mid-transaction (PostgreSQL restarted, a failover, a network cut) the statement fails and the connection is never
 * released: each outage that catches a transaction in flight took one connection out of the pool for good, until
 * the pool was empty and every query waited for a connection that would never come (and `$disconnect()` hung).
 * Here a failed COMMIT or ROLLBACK releases the connection with the error, so the pool discards it.
 */
type Query = { sql: string };
type Transaction = {
  executeRaw: (query: Query) => Promise<number>;
  commit: () => Promise<void>;
  rollback: () => Promise<void>;
  client?: { release: (error?: Error) => void };
  cleanup?: () => void;
};
type Adapter = { startTransaction: (...args: unknown[]) => Promise<Transaction> };

const ENDS = /^\s*(COMMIT|ROLLBACK)\s*;?\s*$/i;

function releasingOnFailedEnd(tx: Transaction): Transaction {
  let released = false;
  const release = (error: unknown) => {
    if (released) return;
    released = true;
    tx.cleanup?.();
    tx.client?.release(error instanceof Error ? error : new Error(String(error)));
  };
  return new Proxy(tx, {
    get(target, prop) {
      if (prop === "executeRaw") {
        return async (query: Query) => {
          try {
            return await target.executeRaw(query);
          } catch (error) {
            if (ENDS.test(query.sql)) release(error);
            throw error;
          }
        };
      }
      // Once released here, the client's own release must not run again (pg's pool throws on a double release).
      if (prop === "commit" || prop === "rollback") return async () => (released ? undefined : target[prop]());
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

export function releasingFailedTransactions<F extends { connect: () => Promise<unknown> }>(factory: F): F {
  const wrap = (adapter: Adapter) =>
    new Proxy(adapter, {
      get(target, prop) {
        if (prop === "startTransaction")
          return async (...args: unknown[]) => releasingOnFailedEnd(await target.startTransaction(...args));
        const value = Reflect.get(target, prop, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  return new Proxy(factory, {
    get(target, prop) {
      if (prop === "connect") return async () => wrap((await target.connect()) as Adapter);
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
