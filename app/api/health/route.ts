import { db } from "@/lib/db";
import { reportDatabaseError } from "@/lib/db/health";
import { serviceUnavailable } from "@/lib/http/service-unavailable";

/**
 * Liveness and database reachability, for load balancers and the test harness: 200 when PostgreSQL answers, 503
 * (with Retry-After) when it does not. While the database is known to be down the proxy answers the same 503.
 */
export async function GET(request: Request) {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", database: "reachable" }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    reportDatabaseError(error);
    return serviceUnavailable(request);
  }
}
