import type { Metadata } from "next";
import { getDevMail } from "@/lib/public/dev-mailbox/mailbox";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Message" };

/** Links found in the message, so they can be followed without rendering the message's own HTML here. */
function linksIn(text: string) {
  return [...new Set(text.match(/https?:\/\/[^\s<>"')]+/g) ?? [])];
}

export default async function DevMailPage({ params }: { params: Promise<{ id: string }> }) {
  const mail = await getDevMail((await params).id);
  const links = linksIn(mail.text ?? mail.html ?? "");
  return (
    <div className="space-y-4">
      <PageHeader title={mail.subject} back={{ href: "/dev/mailbox", label: "All messages" }} />
      <Card>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 text-sm text-slate-700">
          <dt className="font-medium">From</dt>
          <dd>{mail.from}</dd>
          <dt className="font-medium">To</dt>
          <dd>{mail.to}</dd>
        </dl>
      </Card>
      {links.length > 0 && (
        <Card title="Links in this message">
          <ul className="space-y-2">
            {links.map((href) => (
              <li key={href}>
                <a href={href} className="break-all text-brand-700 underline">
                  {href}
                </a>
              </li>
            ))}
          </ul>
        </Card>
      )}
      <Card title="Text">
        <pre className="whitespace-pre-wrap break-words font-sans text-sm text-slate-800">{mail.text}</pre>
      </Card>
      {mail.html && (
        <a href={`/dev/mailbox/${mail.id}/html`} className="inline-block text-sm text-brand-700 underline">
          View the HTML version as the recipient sees it
        </a>
      )}
    </div>
  );
}
