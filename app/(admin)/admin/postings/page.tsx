import type { Metadata } from "next";
import { listPostings } from "@/lib/admin/postings/postings";
import { Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { Select } from "@/components/ui/select";
import { Table, Td, Th } from "@/components/ui/table";
import { TextField } from "@/components/ui/text-field";
import { withQuery } from "@/components/with-query";
import { formatDate } from "@/lib/format";
import { formatSalaryRange } from "@/lib/postings/format-salary";
import { ImportPostingsForm } from "./import-form";
import { ClosePostingButton } from "./close-posting-button";

export const metadata: Metadata = { title: "Job postings" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const statuses = [
  { value: "current", label: "Current" },
  { value: "closed", label: "Closed" },
  { value: "all", label: "All" },
] as const;

export default async function PostingsPage({ searchParams }: Props) {
  const { filter, justClosed, total, pageSize, items } = await listPostings(await searchParams);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const pageLink = (page: number) => withQuery("/admin/postings", { status: filter.status, q: filter.q, page });
  const here = pageLink(filter.page);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Job postings"
        description="Postings candidates see on their Opportunities page, matched to their skills and certifications."
      />
      {justClosed && (
        <Notice tone="success">Closed “{justClosed}”. It no longer appears on candidates’ Opportunities.</Notice>
      )}
      <ImportPostingsForm />

      <Card title="Postings">
        <form method="get" action="/admin/postings" className="mb-4 flex flex-wrap items-end gap-3">
          <Select id="postings-status" name="status" label="Show" defaultValue={filter.status}>
            {statuses.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </Select>
          <TextField
            id="postings-q"
            name="q"
            label="Search title, employer, location or id"
            defaultValue={filter.q ?? ""}
            maxLength={100}
          />
          <Button type="submit" variant="secondary">
            Search
          </Button>
        </form>
        <p className="mb-2 text-sm text-slate-700" role="status">
          {total} {total === 1 ? "posting" : "postings"}
          {pages > 1 ? `, page ${filter.page} of ${pages}` : ""}
        </p>
        {items.length === 0 ? (
          <EmptyState>No postings here. Import a file above to add some.</EmptyState>
        ) : (
          <Table caption="Job postings" minWidth="56rem">
            <thead>
              <tr>
                <Th>Posting</Th>
                <Th>Location</Th>
                <Th>Salary</Th>
                <Th>Wants</Th>
                <Th>Dates</Th>
                <Th>
                  <span className="sr-only">Actions</span>
                </Th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={p.id}>
                  <Td>
                    <a href={p.url} rel="noopener noreferrer external" className="font-medium text-brand-700 underline">
                      {p.title}
                    </a>
                    <div className="text-slate-700">{p.employer}</div>
                    <div className="font-mono text-xs text-slate-600">{p.externalId}</div>
                  </Td>
                  <Td>
                    {p.location}
                    <div className="text-slate-600">{p.remote ? "Remote" : "On-site"}</div>
                  </Td>
                  <Td>{formatSalaryRange(p.salaryMin, p.salaryMax, p.currency) ?? "—"}</Td>
                  <Td>
                    {p.certificationCode && <div className="font-mono text-xs">{p.certificationCode}</div>}
                    <div className="text-slate-700">{p.skills.join(", ") || "—"}</div>
                  </Td>
                  <Td className="whitespace-nowrap">
                    Posted {formatDate(p.postedOn)}
                    <div className="text-slate-600">
                      {p.closesOn ? `${p.current ? "Closes" : "Closed"} ${formatDate(p.closesOn)}` : "No closing date"}
                    </div>
                  </Td>
                  <Td>{p.current && <ClosePostingButton postingId={p.id} title={p.title} back={here} />}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pager page={filter.page} pageSize={pageSize} total={total} href={pageLink} label="Pages of postings" />
      </Card>
    </div>
  );
}
