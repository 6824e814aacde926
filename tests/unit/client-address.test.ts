import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import {
  CLIENT_ADDRESS_HEADER,
  clientAddressFrom,
  installClientAddressHook,
} from "@/lib/security/client-address-hook.mjs";
import { isLocalRequest, isLoopback } from "@/lib/security/client-address";

describe("the client address", () => {
  it.each([
    // No proxy trusted: the socket decides, whatever the client wrote.
    ["203.0.113.7", undefined, 0, "203.0.113.7"],
    ["203.0.113.7", "1.2.3.4", 0, "203.0.113.7"],
    ["::ffff:203.0.113.7", "1.2.3.4, 5.6.7.8", 0, "203.0.113.7"],
    // One trusted proxy appends its peer: the right-most entry, never the client's own left-hand ones.
    ["10.0.0.2", "198.51.100.9", 1, "198.51.100.9"],
    ["10.0.0.2", "1.2.3.4, 198.51.100.9", 1, "198.51.100.9"],
    // Two: a CDN then a load balancer.
    ["10.0.0.2", "forged, 198.51.100.9, 192.0.2.50", 2, "198.51.100.9"],
    // A trusted proxy that sent no header: the furthest address there is.
    ["10.0.0.2", undefined, 1, "10.0.0.2"],
  ])("socket %s, X-Forwarded-For %j, %i trusted hops: %s", (socket, forwarded, hops, expected) => {
    expect(clientAddressFrom(socket, forwarded, hops)).toBe(expected);
  });

  it.each([
    ["127.0.0.1", true],
    ["127.8.9.10", true],
    ["::1", true],
    ["::ffff:127.0.0.1", false], // the hook writes plain IPv4; anything else is not trusted as local
    ["203.0.113.7", false],
    ["unknown", false],
  ])("%s is loopback: %s", (address, expected) => {
    expect(isLoopback(address)).toBe(expected);
  });

  it.each([
    [{ [CLIENT_ADDRESS_HEADER]: "127.0.0.1" }, true],
    [{ [CLIENT_ADDRESS_HEADER]: "127.0.0.1", "x-forwarded-for": "127.0.0.1" }, true],
    [{ [CLIENT_ADDRESS_HEADER]: "203.0.113.7" }, false],
    [{}, false],
    // A proxy on this machine forwarding for the world while no hop is trusted: its clients are not local.
    [{ [CLIENT_ADDRESS_HEADER]: "127.0.0.1", "x-forwarded-for": "203.0.113.7" }, false],
    [{ [CLIENT_ADDRESS_HEADER]: "127.0.0.1", "x-real-ip": "203.0.113.7" }, false],
    [{ [CLIENT_ADDRESS_HEADER]: "127.0.0.1", forwarded: 'for="[2001:db8::1]";proto=https' }, false],
  ])("a request with %j is local: %s", (headers, expected) => {
    expect(isLocalRequest(new Headers(headers as Record<string, string>))).toBe(expected);
  });
});

describe("the server hook", () => {
  // A real server created the way Next.js creates its own (http.createServer with a listener), after the hook.
  installClientAddressHook(0);
  const seen: (string | undefined)[] = [];
  const server = http.createServer((req, res) => {
    seen.push(req.headers[CLIENT_ADDRESS_HEADER] as string | undefined);
    res.end("ok");
  });
  const listening = new Promise<number>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)),
  );
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("replaces whatever the client claims with the socket's address", async () => {
    const port = await listening;
    const claims: Record<string, string>[] = [
      {},
      { "x-forwarded-for": "198.51.100.1" },
      { [CLIENT_ADDRESS_HEADER]: "198.51.100.2" },
      { "x-forwarded-for": "198.51.100.3", [CLIENT_ADDRESS_HEADER]: "198.51.100.3" },
    ];
    for (const headers of claims) {
      const res = await fetch(`http://127.0.0.1:${port}/`, { headers });
      expect(await res.text()).toBe("ok");
    }
    expect(seen).toEqual(["127.0.0.1", "127.0.0.1", "127.0.0.1", "127.0.0.1"]);
  });
});
