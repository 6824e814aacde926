import { getDevMail } from "@/lib/public/dev-mailbox/mailbox";
import { mailboxMessagePolicy } from "@/lib/security/route-policies";

/** The message's own HTML, served in a CSP sandbox so it can run nothing and reach nothing of this site. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const mail = await getDevMail((await params).id);
  return new Response(mail.html ?? "", {
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": mailboxMessagePolicy,
      "x-content-type-options": "nosniff",
    },
  });
}
