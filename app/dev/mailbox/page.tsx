import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { lineText } from "@/lib/validation/text";
import { listDevMail } from "@/lib/public/dev-mailbox/mailbox";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { TextField } from "@/components/ui/text-field";

export const metadata: Metadata = { title: "Development mailbox" };

const searchSchema = z.object({ to: lineText().max(254).optional().catch(undefined) });

export default async function DevMailboxPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const { to } = searchSchema.parse(await searchParams);
  const mail = await listDevMail({ to });
  return (
    <div>
      <PageHeader
        title="Development mailbox"
        description="Every message the app sends lands here while no SMTP server is configured. Newest first."
      />
      {/* biome-ignore lint/a11y/useSemanticElements: a form with role="search" is the search landmark; the <search> element is newer than some browsers we support */}
      <form className="mb-4 flex flex-wrap items-end gap-2" role="search">
        <TextField
          id="to"
          name="to"
          label="Recipient"
          defaultValue={to}
          placeholder="Filter by recipient"
          className="w-full max-w-sm"
        />
        <Button type="submit" variant="secondary">
          Filter
        </Button>
      </form>
      {mail.length === 0 ? (
        <EmptyState>No messages yet.</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {mail.map((m) => (
            <li key={m.id}>
              <Link
                href={`/dev/mailbox/${m.id}`}
                className="flex flex-col gap-1 px-4 py-3 hover:bg-slate-50 sm:flex-row sm:items-center sm:gap-4"
              >
                <span className="font-medium text-slate-900">{m.subject}</span>
                <span className="text-sm text-slate-600">to {m.to}</span>
                <time className="text-sm text-slate-600 sm:ml-auto" dateTime={m.receivedAt.toISOString()}>
                  {m.receivedAt.toLocaleString("en-GB", { timeZone: "UTC" })} UTC
                </time>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
