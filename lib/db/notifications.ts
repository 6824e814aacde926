import pg from "pg";
import { pgConfigFromUrl } from "@/lib/db/pg-config";
import { env } from "@/lib/env";

/**
 * One PostgreSQL LISTEN connection per process for a channel, reconnecting with backoff. `onMessage` gets each
 * payload; `onGap` is called whenever messages may have been missed (before the first LISTEN and after any drop),
 * so a cache built on these messages can forget everything rather than trust what it holds.
 */
export type ChannelListener = { readonly listening: boolean; ready(): Promise<void>; close(): Promise<void> };

export function listen(channel: string, handlers: { onMessage: (payload: string) => void; onGap: () => void }): ChannelListener {
  let client: pg.Client | null = null;
  let listening = false;
  let closed = false;
  let delay = 500;
  let retry: NodeJS.Timeout | null = null;
  let waiters: (() => void)[] = [];

  const lost = (c: pg.Client) => {
    if (client !== c) return; // an old connection's late event
    listening = false;
    handlers.onGap();
    client = null;
    c.end().catch(() => undefined);
    if (closed) return;
    retry = setTimeout(connect, delay);
    retry.unref();
    delay = Math.min(delay * 2, 30_000);
  };

  async function connect() {
    retry = null;
    if (closed) return;
    const c = new pg.Client({ ...pgConfigFromUrl(env().DATABASE_URL), application_name: `certdash listen ${channel}` });
    client = c;
    c.on("notification", (n) => {
      if (n.channel === channel) handlers.onMessage(n.payload ?? "");
    });
    c.on("error", () => lost(c));
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
    } catch {
      lost(c);
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
