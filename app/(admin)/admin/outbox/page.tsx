import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { lineText } from "@/lib/validation/text";
import { listEmails, listJobs } from "@/lib/admin/outbox/outbox";
import { retryEmailAction } from "@/lib/admin/outbox/actions/retry-email";
import { retryJobAction } from "@/lib/admin/outbox/actions/retry-job";
import { Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { TextField } from "@/components/ui/text-field";
import { withQuery } from "@/components/with-query";
import { formatDateTime } from "@/lib/format";
import { StatusPill } from "@/components/ui/status-pill";
import { RetryButton } from "../_components/retry-button";

export const metadata: Metadata = { title: "Outbox" };

const filters = z.object({
  mail: z.enum(["QUEUED", "SENT", "FAILED"]).optional().catch(undefined),
  jobs: z.enum(["QUEUED", "RUNNING", "SUCCEEDED", "FAILED", "CANCELLED"]).optional().catch(undefined),
  // A filter that cannot be read (too long, a control character) is ignored rather than sent to the database.
  to: lineText().trim().max(254).optional().catch(undefined),
});

function FilterLinks({
  param,
  values,
  current,
  other,
}: {
  param: string;
  values: string[];
  current?: string;
  other: Record<string, string | undefined>;
}) {
  const href = (v?: string) => withQuery("/admin/outbox", { ...other, [param]: v });
  return (
    <nav
      aria-label={`Filter ${param === "mail" ? "mail" : "jobs"} by status`}
      className="mb-3 flex flex-wrap gap-2 text-sm"
    >
      {[undefined, ...values].map((v) => (
        <Link
          key={v ?? "all"}
          href={href(v)}
          aria-current={current === v ? "page" : undefined}
          className={`rounded-full border px-3 py-1 ${current === v ? "border-brand-700 bg-brand-50 font-semibold text-brand-900" : "border-slate-300 text-slate-800"}`}
        >
          {v ? v.toLowerCase() : "all"}
        </Link>
      ))}
    </nav>
  );
}

export default async function OutboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const f = filters.parse(await searchParams);
  const [mail, jobs] = await Promise.all([listEmails({ status: f.mail, to: f.to }), listJobs({ status: f.jobs })]);
  return (
    <div className="space-y-6">
      <PageHeader title="Outbox" description="Outgoing mail and background jobs. Message bodies are not shown here.">
        <Link href="/admin/outbox/previews" className="text-sm text-brand-700 underline">
          Preview email templates
        </Link>
      </PageHeader>
      <Card
        title={`Mail (queued ${mail.counts.QUEUED ?? 0}, sent ${mail.counts.SENT ?? 0}, failed ${mail.counts.FAILED ?? 0})`}
      >
        <FilterLinks
          param="mail"
          values={["QUEUED", "SENT", "FAILED"]}
          current={f.mail}
          other={{ jobs: f.jobs, to: f.to }}
        />
        <form className="mb-3 flex flex-wrap items-end gap-2" action="/admin/outbox">
          {f.mail && <input type="hidden" name="mail" value={f.mail} />}
          {f.jobs && <input type="hidden" name="jobs" value={f.jobs} />}
          <TextField id="outbox-to" name="to" label="Recipient contains" defaultValue={f.to} />
          <Button type="submit" variant="secondary">
            Filter
          </Button>
        </form>
        {mail.rows.length === 0 ? (
          <EmptyState>No messages.</EmptyState>
        ) : (
          <Table caption="Mail" minWidth="48rem">
            <thead>
              <tr>
                <Th>Created</Th>
                <Th>To</Th>
                <Th>Subject</Th>
                <Th>Status</Th>
                <Th>Attempts</Th>
                <Th>Error</Th>
                <Th>
                  <span className="sr-only">Actions</span>
                </Th>
              </tr>
            </thead>
            <tbody>
              {mail.rows.map((m) => (
                <tr key={m.id}>
                  <Td className="whitespace-nowrap">{formatDateTime(m.createdAt)}</Td>
                  <Td className="break-all">{m.to}</Td>
                  <Td>
                    {m.subject}
                    {m.sensitive && <span className="ml-1 text-xs text-slate-600">(contains a private link)</span>}
                  </Td>
                  <Td>
                    <StatusPill status={m.status}>{m.status.toLowerCase()}</StatusPill>
                  </Td>
                  <Td>{m.attempts}</Td>
                  <Td className="text-red-800">{m.lastError}</Td>
                  <Td>
                    {m.status === "FAILED" && (
                      <RetryButton id={m.id} action={retryEmailAction} label={`Retry mail to ${m.to}`} />
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
      <Card
        title={`Jobs (queued ${jobs.counts.QUEUED ?? 0}, running ${jobs.counts.RUNNING ?? 0}, failed ${jobs.counts.FAILED ?? 0})`}
      >
        <FilterLinks
          param="jobs"
          values={["QUEUED", "RUNNING", "SUCCEEDED", "FAILED", "CANCELLED"]}
          current={f.jobs}
          other={{ mail: f.mail, to: f.to }}
        />
        {jobs.rows.length === 0 ? (
          <EmptyState>No jobs.</EmptyState>
        ) : (
          <Table caption="Jobs" minWidth="48rem">
            <thead>
              <tr>
                <Th>Created</Th>
                <Th>Type</Th>
                <Th>Status</Th>
                <Th>Attempts</Th>
                <Th>Progress</Th>
                <Th>Error</Th>
                <Th>
                  <span className="sr-only">Actions</span>
                </Th>
              </tr>
            </thead>
            <tbody>
              {jobs.rows.map((j) => (
                <tr key={j.id}>
                  <Td className="whitespace-nowrap">{formatDateTime(j.createdAt)}</Td>
                  <Td>{j.type}</Td>
                  <Td>
                    <StatusPill status={j.status}>{j.status.toLowerCase()}</StatusPill>
                  </Td>
                  <Td>
                    {j.attempts} / {j.maxAttempts}
                  </Td>
                  <Td>{j.progressTotal ? `${j.progressDone} / ${j.progressTotal}` : ""}</Td>
                  <Td className="text-red-800">{j.lastError}</Td>
                  <Td>
                    {(j.status === "FAILED" || j.status === "CANCELLED") && (
                      <RetryButton id={j.id} action={retryJobAction} label={`Retry ${j.type} job`} />
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
