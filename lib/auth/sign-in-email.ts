import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { queueEmail } from "@/lib/email/outbox";
import { signInEmail } from "@/lib/email/templates/sign-in";

/** Queues the magic-link message; the worker delivers it within a second or two. */
export async function queueSignInEmail(to: string, url: string) {
  const e = env();
  const mail = signInEmail({ url, host: new URL(e.APP_URL).host, minutes: 10, issuer: e.ISSUER_NAME });
  const user = await db.user.findUnique({ where: { email: to }, select: { id: true } });
  await db.$transaction((tx) =>
    queueEmail(tx, { ...mail, template: "sign-in", to, sensitive: true, userId: user?.id }),
  );
}
