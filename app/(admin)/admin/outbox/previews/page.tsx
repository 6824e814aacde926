import type { Metadata } from "next";
import Link from "next/link";
import { EMAIL_PREVIEWS, renderEmailPreview } from "@/lib/admin/outbox/outbox";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Email templates" };

export default async function EmailPreviewsPage() {
  const previews = await Promise.all(EMAIL_PREVIEWS.map(async (key) => ({ key, mail: await renderEmailPreview(key) })));
  return (
    <div className="space-y-6">
      <PageHeader
        title="Email templates"
        description="Each message rendered with sample data, as candidates receive it."
      >
        <Link href="/admin/outbox" className="text-sm text-brand-700 underline">
          Back to the outbox
        </Link>
      </PageHeader>
      {previews.map(({ key, mail }) => (
        <Card key={key} title={mail.subject}>
          <p className="mb-2 text-sm text-slate-700">Template: {key}</p>
          {/* A link, not a frame: no page of this site may be framed, this one included. */}
          <a
            href={`/admin/outbox/previews/${key}`}
            target="_blank"
            rel="noopener"
            className="text-sm font-medium text-brand-700 underline"
          >
            Open the HTML version of “{mail.subject}”
          </a>
          <details className="mt-3" open>
            <summary className="cursor-pointer text-sm font-medium text-brand-700">Plain-text version</summary>
            <pre className="mt-2 whitespace-pre-wrap text-sm text-slate-800 [overflow-wrap:anywhere]">{mail.text}</pre>
          </details>
        </Card>
      ))}
    </div>
  );
}
