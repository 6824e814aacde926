import { cookies } from "next/headers";
import { getSessionAndUser } from "@/lib/auth/session-lookup";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS, sessionCookieName } from "@/lib/auth/session-policy";
import { env } from "@/lib/env";
import type { Viewer } from "@/lib/auth/viewer";

/**
 * The viewer behind the request's session cookie, read as Auth.js's session action reads it (the same cookie, the
 * same lookup, the same expiry rule, the same fields as our session callback), without building a Request and a
 * Response for Auth.js's handler on every page: that cost about a tenth of a signed-in page's server time.
 *
 * Returns undefined where Auth.js must answer because it writes: an expired session (it deletes it) and one due to
 * slide its expiry forward (once a day per session).
 */
export async function viewerFromSessionCookie(): Promise<Viewer | null | undefined> {
  const token = (await cookies()).get(sessionCookieName(env().APP_URL))?.value;
  return token ? viewerForSessionToken(token) : null;
}

/** The same, for a session token already read from its cookie. */
export async function viewerForSessionToken(token: string, now = Date.now()): Promise<Viewer | null | undefined> {
  const found = await getSessionAndUser(token);
  if (!found) return null;
  const expires = found.session.expires.valueOf();
  if (expires < now) return undefined;
  const dueForUpdate = expires - SESSION_MAX_AGE_SECONDS * 1000 + SESSION_UPDATE_AGE_SECONDS * 1000;
  if (dueForUpdate <= now) return undefined;
  const { user } = found;
  return { userId: user.id, role: user.role, email: user.email, name: user.name };
}
