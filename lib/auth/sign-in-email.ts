import { findUserByAnyEmail } from "@/lib/accounts/find-by-email";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { queueEmail } from "@/lib/email/outbox";
import { MAGIC_LINK_MINUTES } from "@/lib/auth/session-policy";

/**
 * Queues the magic-link message; the worker delivers it within a second or two. The link is rebuilt on APP_URL:
 * Auth.js derives it from the request's Host header, and a forged Host would otherwise mail a victim a valid
 * token inside a link to someone else's site.
 */
export async function queueSignInEmail(to: string, url: string) {
  const e = env();
  const given = new URL(url);
  const link = new URL(given.pathname + given.search, e.APP_URL);
  const callback = link.searchParams.get("callbackUrl");
  if (callback) {
    const target = new URL(callback, e.APP_URL);
    link.searchParams.set("callbackUrl", new URL(target.pathname + target.search, e.APP_URL).toString());
  }
  const data = {
    url: link.toString(),
    host: new URL(e.APP_URL).host,
    minutes: MAGIC_LINK_MINUTES,
    issuer: e.ISSUER_NAME,
  };
  const user = await findUserByAnyEmail(db, to);
  await db.$transaction((tx) => queueEmail(tx, { template: "sign-in", data, to, sensitive: true, userId: user?.id }));
}
