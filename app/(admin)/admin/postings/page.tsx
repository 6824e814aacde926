import type { Metadata } from "next";
import Link from "next/link";
import { listPostings } from "@/lib/admin/postings/postings";
import { Card, PageHeader } from "@/components/ui/card";
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
  const pageLink = (page: number) => `/admin/postings?${new URLSearchParams({ status: filter.status, ...(filter.q ? { q: filter.q } : {}), page: String(page) })}`;
  const here = pageLink(filter.page);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Job postings"
        description="Postings candidates see on their Opportunities page, matched to their skills and certifications."
      />
      {justClosed && (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
          Closed “{justClosed}”. It no longer appears on candidates’ Opportunities.
        </p>
      )}
      <ImportPostingsForm />

      <Card title="Postings">
        <form method="get" action="/admin/postings" className="mb-4 flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="postings-status" className="block text-sm font-medium text-slate-800">
              Show
            </label>
            <select
              id="postings-status"
              name="status"
              defaultValue={filter.status}
              className="mt-1 rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900"
            >
              {statuses.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="postings-q" className="block text-sm font-medium text-slate-800">
              Search title, employer, location or id
            </label>
            <input
              id="postings-q"
              name="q"
              defaultValue={filter.q ?? ""}
              maxLength={100}
              className="mt-1 rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900"
            />
          </div>
          <button className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100">
            Search
          </button>
        </form>
        <p className="mb-2 text-sm text-slate-700" role="status">
          {total} {total === 1 ? "posting" : "postings"}
          {pages > 1 ? `, page ${filter.page} of ${pages}` : ""}
        </p>
        {items.length === 0 ? (
          <p className="text-slate-700">No postings here. Import a file above to add some.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[56rem] text-left text-sm">
              <caption className="sr-only">Job postings</caption>
              <thead className="border-b border-slate-300 text-slate-700">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-medium">Posting</th>
                  <th scope="col" className="py-2 pr-3 font-medium">Location</th>
                  <th scope="col" className="py-2 pr-3 font-medium">Salary</th>
                  <th scope="col" className="py-2 pr-3 font-medium">Wants</th>
                  <th scope="col" className="py-2 pr-3 font-medium">Dates</th>
                  <th scope="col" className="py-2 font-medium">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {items.map((p) => (
                  <tr key={p.id} className="align-top">
                    <td className="py-2 pr-3">
                      <a href={p.url} rel="noopener noreferrer external" className="font-medium text-brand-700 underline">
                        {p.title}
                      </a>
                      <div className="text-slate-700">{p.employer}</div>
                      <div className="font-mono text-xs text-slate-600">{p.externalId}</div>
                    </td>
                    <td className="py-2 pr-3">
                      {p.location}
                      <div className="text-slate-600">{p.remote ? "Remote" : "On-site"}</div>
                    </td>
                    <td className="py-2 pr-3">{formatSalaryRange(p.salaryMin, p.salaryMax, p.currency) ?? "—"}</td>
                    <td className="py-2 pr-3">
                      {p.certificationCode && <div className="font-mono text-xs">{p.certificationCode}</div>}
                      <div className="text-slate-700">{p.skills.join(", ") || "—"}</div>
                    </td>
                    <td className="py-2 pr-3 whitespace-nowrap">
                      Posted {formatDate(p.postedOn)}
                      <div className="text-slate-600">
                        {p.closesOn ? `${p.current ? "Closes" : "Closed"} ${formatDate(p.closesOn)}` : "No closing date"}
                      </div>
                    </td>
                    <td className="py-2">{p.current && <ClosePostingButton postingId={p.id} title={p.title} back={here} />}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {pages > 1 && (
          <nav aria-label="Pages of postings" className="mt-4 flex gap-4 text-sm">
            {filter.page > 1 && (
              <Link href={pageLink(filter.page - 1)} className="font-medium text-brand-700 underline">
                Previous page
              </Link>
            )}
            {filter.page < pages && (
              <Link href={pageLink(filter.page + 1)} className="font-medium text-brand-700 underline">
                Next page
              </Link>
            )}
          </nav>
        )}
      </Card>
    </div>
  );
}
