import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { KNOWN_AUDIT_ACTIONS, listAuditEntries } from "@/lib/support/audit/audit-log";
import { auditFilterSchema } from "@/lib/validation/support";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { formatDateTime } from "@/lib/format";
import { Pager } from "@/components/ui/pager";
import { Table, Td, Th } from "@/components/ui/table";
import { withQuery } from "@/components/with-query";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export default async function AuditPage({ searchParams }: Props) {
  const raw = await searchParams;
  const values = {
    actor: one(raw.actor),
    candidate: one(raw.candidate),
    action: one(raw.action),
    from: one(raw.from),
    to: one(raw.to),
    page: one(raw.page),
  };
  const parsed = auditFilterSchema.safeParse(values);
  const errors = parsed.success
    ? {}
    : (z.flattenError(parsed.error).fieldErrors as Record<string, string[] | undefined>);
  const list = parsed.success ? await listAuditEntries(parsed.data) : null;
  const keep = {
    actor: values.actor,
    candidate: values.candidate,
    action: values.action,
    from: values.from,
    to: values.to,
  };

  return (
    <div className="space-y-6">
      <PageHeader title="Audit log" description="Who did what to which candidate, when, and why." />
      <Card>
        <form
          action="/support/audit"
          method="get"
          aria-label="Filter the audit log"
          className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5"
        >
          <TextField label="Staff member" name="actor" hint="Email" defaultValue={values.actor} errors={errors.actor} />
          <TextField
            label="Candidate"
            name="candidate"
            hint="MCID or email"
            defaultValue={values.candidate}
            errors={errors.candidate}
          />
          <TextField
            label="Action"
            name="action"
            hint="e.g. candidate.merge"
            list="audit-actions"
            defaultValue={values.action}
            errors={errors.action}
          />
          <TextField
            label="From"
            name="from"
            type="date"
            hint="Inclusive"
            defaultValue={values.from}
            errors={errors.from}
          />
          <TextField label="To" name="to" type="date" hint="Inclusive" defaultValue={values.to} errors={errors.to} />
          <datalist id="audit-actions">
            {KNOWN_AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a} />
            ))}
          </datalist>
          <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-5">
            <Button type="submit">Filter</Button>
            <Link className="text-sm text-brand-700 underline" href="/support/audit">
              Clear filters
            </Link>
          </div>
        </form>
      </Card>
      {list && (
        <Card>
          <h2 className="mb-2 text-base font-semibold text-slate-900">
            {list.total} entr{list.total === 1 ? "y" : "ies"}
          </h2>
          {list.unknownRef.length > 0 && (
            <p className="mb-2 text-sm text-red-700">
              No account matches the {list.unknownRef.join(" or ")} you entered.
            </p>
          )}
          {list.entries.length > 0 && (
            <Table caption="Audit entries">
              <thead>
                <tr>
                  <Th>When</Th>
                  <Th>Who</Th>
                  <Th>Action</Th>
                  <Th>Candidate</Th>
                  <Th>Why</Th>
                  <Th>Detail</Th>
                </tr>
              </thead>
              <tbody>
                {list.entries.map((e) => (
                  <tr key={e.id}>
                    <Td className="whitespace-nowrap">{formatDateTime(e.createdAt)}</Td>
                    <Td>{e.actor}</Td>
                    <Td className="font-mono">{e.action}</Td>
                    <Td>
                      {e.candidateId ? (
                        <Link className="text-brand-700 underline" href={`/support/candidates/${e.candidateId}`}>
                          {e.candidate ?? e.candidateId}
                        </Link>
                      ) : (
                        "—"
                      )}
                    </Td>
                    <Td>{e.reason ?? "—"}</Td>
                    <Td>
                      {e.detail ? (
                        <details>
                          <summary className="cursor-pointer text-brand-700">Show</summary>
                          <pre className="mt-1 max-w-md overflow-x-auto whitespace-pre-wrap break-all text-xs text-slate-800">
                            {JSON.stringify(e.detail, null, 2)}
                          </pre>
                        </details>
                      ) : (
                        "—"
                      )}
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
          <Pager
            page={list.page}
            pageSize={list.pageSize}
            total={list.total}
            href={(p) => withQuery("/support/audit", { ...keep, page: p })}
          />
        </Card>
      )}
    </div>
  );
}
