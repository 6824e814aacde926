// Plain JavaScript on purpose: `npm run dev` loads this file with `node --import` into the process that Next.js forks
// for its dev server, where no TypeScript loader runs. `scripts/serve.ts` (production) imports it too.
import http from "node:http";
import { z } from "zod";

/**
 * The header that carries the client's address to the app. The server writes it on every request from the
 * socket (and from X-Forwarded-For only as far as TRUSTED_PROXY_HOPS allows), replacing whatever a client sent.
 * Next.js itself fills X-Forwarded-For only when it is absent, so a client could set that one to anything.
 */
export const CLIENT_ADDRESS_HEADER = "x-certdash-client-address";

export const trustedProxyHops = z.coerce
  .number({ error: "must be a whole number of proxies, 0 when clients connect directly" })
  .int("must be a whole number of proxies")
  .min(0, "cannot be negative")
  .max(10, "at most 10 proxies")
  .default(0);

/** "::ffff:192.0.2.1" and "192.0.2.1" are one client. */
function plain(address) {
  const a = String(address ?? "").trim();
  return a.startsWith("::ffff:") && a.includes(".") ? a.slice(7) : a;
}

/**
 * The client's address: the socket's peer when no proxy is trusted; behind `hops` trusted proxies, each of which
 * appends the address it received the request from to X-Forwarded-For, the right-most address that no trusted proxy
 * wrote. Entries a client wrote itself sit to the left of that and are never read.
 */
export function clientAddressFrom(socketAddress, forwardedFor, hops) {
  const chain = [
    ...String(forwardedFor ?? "")
      .split(",")
      .map((entry) => plain(entry))
      .filter(Boolean),
    plain(socketAddress),
  ];
  // chain[last] is the nearest peer (the socket); each trusted proxy accounts for one entry from the right.
  const index = chain.length - 1 - hops;
  return (index >= 0 ? chain[index] : chain[0]) || "unknown";
}

/** Wraps a request listener so that every request carries the client address header, written by us alone. */
export function withClientAddress(listener, hops) {
  return function clientAddressListener(req, res) {
    const forwarded = req.headers["x-forwarded-for"];
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddressFrom(
      req.socket?.remoteAddress,
      Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
      hops,
    );
    return listener(req, res);
  };
}

let installed = false;

/**
 * Makes every HTTP server this process creates write the client address header. Next.js creates its server
 * inside `startServer` with no hook for the request listener, so the wrap happens at `http.createServer`.
 */
export function installClientAddressHook(hops) {
  if (installed) return;
  installed = true;
  const create = http.createServer;
  http.createServer = function createServerWithClientAddress(...args) {
    const index = args.findIndex((arg) => typeof arg === "function");
    if (index >= 0) args[index] = withClientAddress(args[index], hops);
    return create.apply(this, args);
  };
}
