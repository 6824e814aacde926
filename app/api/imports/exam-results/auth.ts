import "server-only";
import { db } from "@/lib/db";
import { currentViewer } from "@/lib/session";
import { isPartnerToken } from "@/lib/imports/partner-token";
import { partnerApiActorId } from "@/lib/imports/exam-results/start";
import { webOrigin } from "@/lib/validation/request";

export type ImportCaller =
  | { kind: "partner"; actorId: string }
  | { kind: "admin" }
  | { kind: "refused"; response: Response };

const refuse = (status: 401 | 403, error: string) =>
  ({
    kind: "refused",
    response: Response.json({ error }, { status, headers: status === 401 ? { "www-authenticate": "Bearer" } : {} }),
  }) as const;

/**
 * Partner systems present the bearer token; people use their admin session. A session is only accepted from this
 * site's own pages (the Origin check), so another site cannot make an admin's browser import for it.
 */
export async function importCaller(request: Request): Promise<ImportCaller> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    if (isPartnerToken(authorization)) return { kind: "partner", actorId: await partnerApiActorId(db) };
    return refuse(401, "The bearer token is not valid.");
  }
  const viewer = await currentViewer();
  if (!viewer) return refuse(401, "Sign in as an administrator, or send the partner token as a bearer token.");
  if (viewer.role !== "ADMIN") return refuse(403, "Only administrators can import exam results.");
  const origin = request.headers.get("origin");
  if (origin !== null) {
    // "null" (a sandboxed frame, a redirect across sites, a file: page) and anything unparseable say nothing
    // about where the request came from, so they are refused like another site.
    const parsed = webOrigin.safeParse(origin);
    if (!parsed.success)
      return refuse(403, `${parsed.error.issues[0].message}; a session is accepted only from this site's own pages.`);
    if (parsed.data.host !== (request.headers.get("host") ?? new URL(request.url).host)) {
      return refuse(403, "Cross-site requests are not accepted.");
    }
  }
  return { kind: "admin" };
}
