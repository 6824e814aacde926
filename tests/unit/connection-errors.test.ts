import { describe, expect, it } from "vitest";
import { isConnectionError } from "@/lib/db/connection-errors";
import { serviceUnavailable } from "@/lib/http/service-unavailable";

const socket = (code: string) =>
  Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code, errno: -111, syscall: "connect" });
const server = (code: string, message: string) => Object.assign(new Error(message), { code, severity: "FATAL" });

describe("telling a lost database from a failed query", () => {
  it.each([
    ["a refused connection", socket("ECONNREFUSED")],
    ["a reset connection", socket("ECONNRESET")],
    ["a connect that timed out", new Error("Connection terminated due to connection timeout")],
    ["a connection dropped mid-query", new Error("Connection terminated unexpectedly")],
    ["a client that already failed", new Error("Client has encountered a connection error and is not queryable")],
    ["a server that stopped answering", new Error("Query read timeout")],
    ["the server shutting down", server("57P01", "terminating connection due to administrator command")],
    ["the server still starting", server("57P03", "the database system is starting up")],
    ["a connection exception", server("08006", "connection failure")],
    [
      "the adapter's mapped socket error",
      Object.assign(new Error("DriverAdapterError"), { cause: { kind: "DatabaseNotReachable", host: "x" } }),
    ],
    [
      "the adapter's wrapped server error",
      Object.assign(new Error("DriverAdapterError"), { cause: { kind: "postgres", originalCode: "57P01" } }),
    ],
    ["Prisma's P1001", Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), { code: "P1001" })],
    ["a cause two levels down", new Error("outer", { cause: new Error("middle", { cause: socket("ECONNREFUSED") }) })],
  ])("%s is a connection failure", (_label, error) => expect(isConnectionError(error)).toBe(true));

  it.each([
    ["a unique violation", server("23505", "duplicate key value violates unique constraint")],
    ["a statement timeout", server("57014", "canceling statement due to statement timeout")],
    ["a full pool", new Error("timeout exceeded when trying to connect")],
    ["Prisma's not found", Object.assign(new Error("No record"), { code: "P2025" })],
    ["a plain bug", new TypeError("x is undefined")],
    ["nothing", undefined],
    ["a string", "ECONNREFUSED"],
  ])("%s is not", (_label, error) => expect(isConnectionError(error)).toBe(false));
});

describe("the 503 answer", () => {
  const opts = { https: true, production: true };
  it("is a small page without scripts, with Retry-After", async () => {
    const res = serviceUnavailable(new Request("http://localhost/dashboard?tab=1"), opts);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("30");
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.headers.get("content-security-policy")).toMatch(/default-src 'none'/);
    expect(res.headers.get("strict-transport-security")).toBeTruthy();
    const body = await res.text();
    expect(body).toContain("<h1>We'll be right back</h1>");
    expect(body).toContain('href="/dashboard?tab=1"');
    expect(body).not.toMatch(/<script/i);
  });
  it("is JSON under /api/", async () => {
    const res = serviceUnavailable(new Request("http://localhost/api/ob/issuer"), opts);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: "unavailable", database: "unreachable", retryAfterSeconds: 30 });
  });
  it.each([
    ["http://localhost//evil.example/x", 'href="/evil.example/x"'],
    ['http://localhost/a?q="><script>alert(1)</script>', 'href="/a?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E"'],
  ])("links back only within the site, escaped (%s)", async (url, href) => {
    expect(await serviceUnavailable(new Request(url), opts).text()).toContain(href);
  });
});
