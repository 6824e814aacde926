import { notFound } from "next/navigation";
import { EMAIL_PREVIEWS, renderEmailPreview, type EmailPreviewKey } from "@/lib/admin/outbox/outbox";
import { emailPreviewPolicy } from "@/lib/security/route-policies";

/** A template's HTML on its own, in a CSP sandbox: it can run nothing and reach nothing of this site. */
export async function GET(_req: Request, { params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  if (!(EMAIL_PREVIEWS as readonly string[]).includes(key)) notFound();
  const mail = await renderEmailPreview(key as EmailPreviewKey);
  return new Response(mail.html, {
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": emailPreviewPolicy,
      "x-content-type-options": "nosniff",
    },
  });
}
