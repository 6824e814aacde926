/**
 * Whether an error means the database could not be reached or dropped the connection, as opposed to a query that
 * failed on a healthy connection. Errors arrive in several shapes: pg's own (a Node socket error, an
 * "unexpectedly terminated" Error, a server error with a SQLSTATE), @prisma/adapter-pg's DriverAdapterError with
 * the mapped kind in its cause, or the Prisma client's P1xxx errors. Pure, so it is tested on its own.
 */
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);
// Class 08 is "connection exception"; 57P01-03 are the server shutting down, crashing, or still starting.
const SQLSTATES = /^(08\d{3}|08P01|57P0[123])$/;
// The adapter's kinds for socket failures (mapSocketError in @prisma/adapter-pg).
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
// P1001 can't reach, P1002 timed out, P1017 server closed the connection.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017"]);
const MESSAGES = [
  /^Connection terminated/, // pg: "Connection terminated unexpectedly", "... due to connection timeout"
  /not queryable/, // pg: a client whose connection already failed
  /^Query read timeout$/, // pg's query_timeout: the server stopped answering
  /the database system is (starting up|shutting down|in recovery mode)/,
  /terminating connection due to administrator command/,
  /Can't reach database server/,
  /Server has closed the connection/,
];

export function isConnectionError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 4) return false;
  const e = error as { code?: unknown; kind?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown };
  if (typeof e.code === "string" && (SOCKET_CODES.has(e.code) || SQLSTATES.test(e.code) || PRISMA_CODES.has(e.code)))
    return true;
  if (typeof e.originalCode === "string" && SQLSTATES.test(e.originalCode)) return true;
  if (typeof e.kind === "string" && ADAPTER_KINDS.has(e.kind)) return true;
  if (typeof e.message === "string" && MESSAGES.some((m) => m.test(e.message as string))) return true;
  return isConnectionError(e.cause, depth + 1);
}
