import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { lineText } from "@/lib/validation/text";
import { listEmails, listJobs } from "@/lib/admin/outbox/outbox";
import { retryEmailAction } from "@/lib/admin/outbox/actions/retry-email";
import { retryJobAction } from "@/lib/admin/outbox/actions/retry-job";
import { Card, PageHeader } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format";
import { StatusBadge } from "../_components/fields";
import { RetryButton } from "../_components/retry-button";

export const metadata: Metadata = { title: "Outbox" };

const filters = z.object({
  mail: z.enum(["QUEUED", "SENT", "FAILED"]).optional().catch(undefined),
  jobs: z.enum(["QUEUED", "RUNNING", "SUCCEEDED", "FAILED", "CANCELLED"]).optional().catch(undefined),
  // A filter that cannot be read (too long, a control character) is ignored rather than sent to the database.
  to: lineText().trim().max(254).optional().catch(undefined),
});

function FilterLinks({ param, values, current, other }: { param: string; values: string[]; current?: string; other: Record<string, string | undefined> }) {
  const href = (v?: string) => {
    const q = new URLSearchParams(Object.entries({ ...other, [param]: v }).filter(([, x]) => x) as [string, string][]);
    return `/admin/outbox?${q}`;
  };
  return (
    <nav aria-label={`Filter ${param === "mail" ? "mail" : "jobs"} by status`} className="mb-3 flex flex-wrap gap-2 text-sm">
      {[undefined, ...values].map((v) => (
        <Link key={v ?? "all"} href={href(v)} aria-current={current === v ? "page" : undefined} className={`rounded-full border px-3 py-1 ${current === v ? "border-brand-700 bg-brand-50 font-semibold text-brand-900" : "border-slate-300 text-slate-800"}`}>
          {v ? v.toLowerCase() : "all"}
        </Link>
      ))}
    </nav>
  );
}

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const f = filters.parse(await searchParams);
  const [mail, jobs] = await Promise.all([listEmails({ status: f.mail, to: f.to }), listJobs({ status: f.jobs })]);
  return (
    <div className="space-y-6">
      <PageHeader title="Outbox" description="Outgoing mail and background jobs. Message bodies are not shown here.">
        <Link href="/admin/outbox/previews" className="text-sm text-brand-700 underline">Preview email templates</Link>
      </PageHeader>
      <Card title={`Mail (queued ${mail.counts.QUEUED ?? 0}, sent ${mail.counts.SENT ?? 0}, failed ${mail.counts.FAILED ?? 0})`}>
        <FilterLinks param="mail" values={["QUEUED", "SENT", "FAILED"]} current={f.mail} other={{ jobs: f.jobs, to: f.to }} />
        <form className="mb-3 flex flex-wrap items-end gap-2" action="/admin/outbox">
          {f.mail && <input type="hidden" name="mail" value={f.mail} />}
          {f.jobs && <input type="hidden" name="jobs" value={f.jobs} />}
          <label className="text-sm text-slate-800">Recipient contains <input name="to" defaultValue={f.to} className="ml-1 rounded-md border border-slate-400 px-2 py-1" /></label>
          <button className="rounded-md border border-slate-400 px-3 py-1 text-sm">Filter</button>
        </form>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="text-slate-700"><tr><th scope="col" className="py-2 pr-3">Created</th><th scope="col" className="pr-3">To</th><th scope="col" className="pr-3">Subject</th><th scope="col" className="pr-3">Status</th><th scope="col" className="pr-3">Attempts</th><th scope="col" className="pr-3">Error</th><th scope="col"><span className="sr-only">Actions</span></th></tr></thead>
            <tbody>
              {mail.rows.map((m) => (
                <tr key={m.id} className="border-t border-slate-200 align-top">
                  <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(m.createdAt)}</td>
                  <td className="pr-3">{m.to}</td>
                  <td className="pr-3">{m.subject}{m.sensitive && <span className="ml-1 text-xs text-slate-600">(contains a private link)</span>}</td>
                  <td className="pr-3"><StatusBadge status={m.status} /></td>
                  <td className="pr-3">{m.attempts}</td>
                  <td className="pr-3 text-red-800">{m.lastError}</td>
                  <td>{m.status === "FAILED" && <RetryButton id={m.id} action={retryEmailAction} label={`Retry mail to ${m.to}`} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {mail.rows.length === 0 && <p className="text-slate-700">No messages.</p>}
        </div>
      </Card>
      <Card title={`Jobs (queued ${jobs.counts.QUEUED ?? 0}, running ${jobs.counts.RUNNING ?? 0}, failed ${jobs.counts.FAILED ?? 0})`}>
        <FilterLinks param="jobs" values={["QUEUED", "RUNNING", "SUCCEEDED", "FAILED", "CANCELLED"]} current={f.jobs} other={{ mail: f.mail, to: f.to }} />
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="text-slate-700"><tr><th scope="col" className="py-2 pr-3">Created</th><th scope="col" className="pr-3">Type</th><th scope="col" className="pr-3">Status</th><th scope="col" className="pr-3">Attempts</th><th scope="col" className="pr-3">Progress</th><th scope="col" className="pr-3">Error</th><th scope="col"><span className="sr-only">Actions</span></th></tr></thead>
            <tbody>
              {jobs.rows.map((j) => (
                <tr key={j.id} className="border-t border-slate-200 align-top">
                  <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(j.createdAt)}</td>
                  <td className="pr-3">{j.type}</td>
                  <td className="pr-3"><StatusBadge status={j.status} /></td>
                  <td className="pr-3">{j.attempts} / {j.maxAttempts}</td>
                  <td className="pr-3">{j.progressTotal ? `${j.progressDone} / ${j.progressTotal}` : ""}</td>
                  <td className="pr-3 text-red-800">{j.lastError}</td>
                  <td>{(j.status === "FAILED" || j.status === "CANCELLED") && <RetryButton id={j.id} action={retryJobAction} label={`Retry ${j.type} job`} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {jobs.rows.length === 0 && <p className="text-slate-700">No jobs.</p>}
        </div>
      </Card>
    </div>
  );
}
