import type { Metadata } from "next";
import Link from "next/link";
import { getStaffOverview } from "@/lib/support/overview/overview";
import { searchCandidates } from "@/lib/support/search/search";
import { candidateSearchSchema } from "@/lib/validation/support";
import { Card, PageHeader } from "@/components/ui/card";
import { StatGrid } from "@/components/stat-grid";
import { formatDate } from "@/lib/format";
import { Pager, Pill, TableWrap, td, th, withQuery } from "./_components/bits";

export const metadata: Metadata = { title: "Support console" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SupportHomePage({ searchParams }: Props) {
  const raw = await searchParams;
  const parsed = candidateSearchSchema.safeParse({ q: raw.q, page: raw.page });
  const query = parsed.success ? parsed.data : { q: undefined, page: 1 };
  // The day's numbers count across every candidate; a search page does not need them, so searches stay fast.
  const [o, result] = await Promise.all([query.q ? null : getStaffOverview(), query.q ? searchCandidates(query) : null]);
  const inputError = parsed.success ? null : `That search could not be read: ${parsed.error.issues[0]?.message ?? "use at most 200 characters"}.`;

  return (
    <div className="space-y-6">
      <PageHeader title="Support console" description="Find a candidate, fix what went wrong, and leave a trail." />
      <Card>
        <form role="search" action="/support" method="get" className="flex flex-wrap items-end gap-3">
          <div className="min-w-[16rem] flex-1">
            <label htmlFor="support-search" className="block text-sm font-medium text-slate-800">
              Find a candidate
            </label>
            <p id="support-search-hint" className="mt-0.5 text-sm text-slate-600">
              Email (primary or secondary), MCID, exam record id, or part of a name.
            </p>
            <input
              id="support-search"
              name="q"
              type="search"
              defaultValue={query.q ?? ""}
              aria-describedby="support-search-hint"
              className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 shadow-sm focus:border-brand-600"
            />
          </div>
          <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
            Search
          </button>
        </form>
        {inputError && <p className="mt-2 text-sm text-red-700">{inputError}</p>}
      </Card>

      {result && (
        <section aria-labelledby="results-heading" className="space-y-4">
          <h2 id="results-heading" className="text-lg font-semibold text-slate-900">
            {result.total === 0 ? `No candidates match “${result.q}”` : `${result.total} candidate${result.total === 1 ? "" : "s"} match “${result.q}”`}
          </h2>
          {result.hint && <p className="text-slate-700">{result.hint}</p>}
          {result.hits.length > 0 && (
            <Card>
              <TableWrap label="Matching candidates">
                <thead>
                  <tr>
                    <th scope="col" className={th}>Name</th>
                    <th scope="col" className={th}>Email</th>
                    <th scope="col" className={th}>MCID</th>
                    <th scope="col" className={th}>Status</th>
                    <th scope="col" className={th}>Last sign-in</th>
                    <th scope="col" className={th}>Matched by</th>
                  </tr>
                </thead>
                <tbody>
                  {result.hits.map((h) => (
                    <tr key={h.userId}>
                      <td className={td}>
                        <Link className="font-medium text-brand-700 underline" href={`/support/candidates/${h.userId}`}>
                          {h.name}
                        </Link>
                      </td>
                      <td className={`${td} break-all`}>{h.email}</td>
                      <td className={`${td} whitespace-nowrap font-mono`}>{h.mcid ?? "—"}</td>
                      <td className={td}><Pill>{h.status}</Pill>{!h.hasAccount && <span className="ml-1 text-xs text-slate-600">never signed in</span>}</td>
                      <td className={td}>{h.lastSignInAt ? formatDate(h.lastSignInAt) : "—"}</td>
                      <td className={td}>{h.matchedBy}</td>
                    </tr>
                  ))}
                </tbody>
              </TableWrap>
              <Pager page={result.page} pageSize={result.pageSize} total={result.total} href={(p) => withQuery("/support", { q: result.q, page: p })} />
            </Card>
          )}
          {result.unmatched.length > 0 && (
            <Card title="Exam results nobody holds yet">
              <p className="mb-2 text-sm text-slate-700">
                These results carry what you searched for but match no account. Link them from{" "}
                <Link className="text-brand-700 underline" href="/support/unmatched">Unmatched exam results</Link>.
              </p>
              <ul className="list-disc pl-5 text-sm text-slate-800">
                {result.unmatched.map((u) => (
                  <li key={u.id}>
                    {u.examCode} on {formatDate(u.takenOn)} for {u.sourceName ?? "(no name)"} &lt;{u.sourceEmail}&gt;{u.sourceRecordId ? `, record ${u.sourceRecordId}` : ""}
                  </li>
                ))}
              </ul>
            </Card>
          )}
        </section>
      )}

      {o && (
        <section aria-labelledby="overview-heading" className="space-y-3">
          <h2 id="overview-heading" className="text-lg font-semibold text-slate-900">Today</h2>
          <StatGrid
            stats={[
              { label: "Candidates", value: o.candidates },
              { label: "Inactive accounts", value: o.inactive },
              { label: "Unmatched exam results", value: o.unmatchedResults },
              { label: "Pending name changes", value: o.pendingNameChanges },
              { label: "Failed emails", value: o.failedMail },
            ]}
          />
          <p className="flex flex-wrap gap-4 text-sm">
            <Link className="text-brand-700 underline" href="/support/unmatched">Link unmatched exam results</Link>
            <Link className="text-brand-700 underline" href="/support/name-changes">Decide name changes</Link>
            <Link className="text-brand-700 underline" href="/support/audit">Audit log</Link>
          </p>
        </section>
      )}
    </div>
  );
}
