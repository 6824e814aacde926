import pg from "pg";
import { reportConnectionLost, reportDatabaseError } from "@/lib/db/health";
import { connectionConfig } from "@/lib/db/pool-settings";

/**
 * One PostgreSQL LISTEN connection per process for a channel, reconnecting with backoff. `onMessage` gets each
 * payload; `onGap` is called whenever messages may have been missed (before the first LISTEN and after any drop),
 * so a cache built on these messages can forget everything rather than trust what it holds. A dropped connection
 * also tells the health check (lib/db/health.ts): it is usually the first sign that PostgreSQL went away.
 */
export type ChannelListener = { readonly listening: boolean; ready(): Promise<void>; close(): Promise<void> };

export function listen(
  channel: string,
  handlers: { onMessage: (payload: string) => void; onGap: () => void },
  opts: { url?: string } = {},
): ChannelListener {
  let client: pg.Client | null = null;
  let listening = false;
  let closed = false;
  let delay = 500;
  let retry: NodeJS.Timeout | null = null;
  let waiters: (() => void)[] = [];

  const lost = (c: pg.Client, error?: unknown) => {
    if (client !== c) return; // an old connection's late event
    if (error) reportDatabaseError(error);
    else reportConnectionLost();
    listening = false;
    handlers.onGap();
    client = null;
    c.end().catch(() => undefined);
    if (closed) return;
    retry = setTimeout(connect, delay);
    retry.unref();
    // Capped low: while it is down nothing is served from a cache that depends on it.
    delay = Math.min(delay * 2, 5_000);
  };

  async function connect() {
    retry = null;
    if (closed) return;
    // Keepalive matters most here: a LISTEN connection only ever waits, so a vanished server is noticed by it alone.
    const c = new pg.Client(connectionConfig(`certdash listen ${channel}`, opts.url));
    client = c;
    c.on("notification", (n) => {
      if (n.channel === channel) handlers.onMessage(n.payload ?? "");
    });
    c.on("error", (error) => lost(c, error));
    c.on("end", () => lost(c));
    try {
      await c.connect();
      // The idle connection must not keep a finished script or test process alive.
      (c as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.();
      await c.query(`LISTEN "${channel}"`);
      if (closed || client !== c) return;
      handlers.onGap(); // anything cached before this point was never covered by a message
      listening = true;
      delay = 500;
      for (const w of waiters.splice(0)) w();
    } catch (error) {
      lost(c, error);
    }
  }

  void connect();
  return {
    get listening() {
      return listening;
    },
    ready: () => (listening ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
    async close() {
      closed = true;
      listening = false;
      if (retry) clearTimeout(retry);
      waiters = [];
      const c = client;
      client = null;
      await c?.end().catch(() => undefined);
    },
  };
}
