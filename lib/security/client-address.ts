import { isIP } from "node:net";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security/client-address-hook.mjs";

/**
 * The client's address as our server wrote it (lib/security/client-address-hook.mjs): the socket's peer, or the
 * right-most address that a trusted proxy reported. "unknown" only for a request that did not come through our
 * server (tests call route handlers directly and set the header themselves).
 */
export function clientAddress(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER) || "unknown";
}

/** 127.0.0.0/8 and ::1: a request from this machine. */
export function isLoopback(address: string): boolean {
  if (isIP(address) === 4) return address.startsWith("127.");
  return address === "::1" || address === "0:0:0:0:0:0:0:1";
}

/**
 * A request from this machine and for nobody else: the client address is loopback, and no proxy header names
 * another client. The second half matters when a proxy on this machine forwards for the world while
 * TRUSTED_PROXY_HOPS was left at 0: its socket is loopback, but the addresses it reports are not.
 */
export function isLocalRequest(headers: Headers): boolean {
  if (!isLoopback(clientAddress(headers))) return false;
  const reported = [
    ...(headers.get("x-forwarded-for") ?? "").split(","),
    headers.get("x-real-ip") ?? "",
    ...[...(headers.get("forwarded") ?? "").matchAll(/for="?\[?([^\]";,]+)/gi)].map((m) => m[1]),
  ]
    .map((a) => a.trim().replace(/^::ffff:(?=\d+\.)/, ""))
    .filter(Boolean);
  return reported.every(isLoopback);
}

export { CLIENT_ADDRESS_HEADER };
