import type { Metadata } from "next";
import Link from "next/link";
import { getStaffOverview } from "@/lib/support/overview/overview";
import { searchCandidates } from "@/lib/support/search/search";
import { candidateSearchSchema } from "@/lib/validation/support";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { StatGrid } from "@/components/stat-grid";
import { formatDate } from "@/lib/format";
import { Button } from "@/components/ui/button";
import { Pager } from "@/components/ui/pager";
import { StatusPill } from "@/components/ui/status-pill";
import { Table, Td, Th } from "@/components/ui/table";
import { TextField } from "@/components/ui/text-field";
import { withQuery } from "@/components/with-query";

export const metadata: Metadata = { title: "Support console" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SupportHomePage({ searchParams }: Props) {
  const raw = await searchParams;
  const parsed = candidateSearchSchema.safeParse({ q: raw.q, page: raw.page });
  const query = parsed.success ? parsed.data : { q: undefined, page: 1 };
  // The day's numbers count across every candidate; a search page does not need them, so searches stay fast.
  const [o, result] = await Promise.all([
    query.q ? null : getStaffOverview(),
    query.q ? searchCandidates(query) : null,
  ]);
  const inputError = parsed.success
    ? null
    : `That search could not be read: ${parsed.error.issues[0]?.message ?? "use at most 200 characters"}.`;

  return (
    <div className="space-y-6">
      <PageHeader title="Support console" description="Find a candidate, fix what went wrong, and leave a trail." />
      <Card>
        {/* biome-ignore lint/a11y/useSemanticElements: a form with role="search" is the search landmark; the <search> element is newer than some browsers we support */}
        <form role="search" action="/support" method="get" className="flex flex-wrap items-end gap-3">
          <TextField
            className="min-w-0 flex-1 basis-64"
            id="support-search"
            label="Find a candidate"
            name="q"
            type="search"
            hint="Email (primary or secondary), MCID, exam record id, or part of a name."
            defaultValue={query.q ?? ""}
            errors={inputError ? [inputError] : undefined}
          />
          <Button type="submit">Search</Button>
        </form>
      </Card>

      {result && (
        <section aria-labelledby="results-heading" className="space-y-4">
          <h2 id="results-heading" className="text-lg font-semibold text-slate-900">
            {result.total === 0
              ? `No candidates match “${result.q}”`
              : `${result.total} candidate${result.total === 1 ? "" : "s"} match “${result.q}”`}
          </h2>
          {result.hint && <p className="text-slate-700">{result.hint}</p>}
          {result.hits.length > 0 && (
            <Card>
              <Table caption="Matching candidates">
                <thead>
                  <tr>
                    <Th>Name</Th>
                    <Th>Email</Th>
                    <Th>MCID</Th>
                    <Th>Status</Th>
                    <Th>Last sign-in</Th>
                    <Th>Matched by</Th>
                  </tr>
                </thead>
                <tbody>
                  {result.hits.map((h) => (
                    <tr key={h.userId}>
                      <Td>
                        <Link className="font-medium text-brand-700 underline" href={`/support/candidates/${h.userId}`}>
                          {h.name}
                        </Link>
                      </Td>
                      <Td className="break-all">{h.email}</Td>
                      <Td className="whitespace-nowrap font-mono">{h.mcid ?? "—"}</Td>
                      <Td>
                        <StatusPill status={h.status} />
                        {!h.hasAccount && <span className="ml-1 text-xs text-slate-600">never signed in</span>}
                      </Td>
                      <Td>{h.lastSignInAt ? formatDate(h.lastSignInAt) : "—"}</Td>
                      <Td>{h.matchedBy}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              <Pager
                page={result.page}
                pageSize={result.pageSize}
                total={result.total}
                href={(p) => withQuery("/support", { q: result.q, page: p })}
              />
            </Card>
          )}
          {result.unmatched.length > 0 && (
            <Card title="Exam results nobody holds yet">
              <p className="mb-2 text-sm text-slate-700">
                These results carry what you searched for but match no account. Link them from{" "}
                <Link className="text-brand-700 underline" href="/support/unmatched">
                  Unmatched exam results
                </Link>
                .
              </p>
              <ul className="list-disc pl-5 text-sm text-slate-800">
                {result.unmatched.map((u) => (
                  <li key={u.id}>
                    {u.examCode} on {formatDate(u.takenOn)} for {u.sourceName ?? "(no name)"} &lt;{u.sourceEmail}&gt;
                    {u.sourceRecordId ? `, record ${u.sourceRecordId}` : ""}
                  </li>
                ))}
              </ul>
            </Card>
          )}
        </section>
      )}

      {o && (
        <section aria-labelledby="overview-heading" className="space-y-3">
          <h2 id="overview-heading" className="text-lg font-semibold text-slate-900">
            Today
          </h2>
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
            <Link className="text-brand-700 underline" href="/support/unmatched">
              Link unmatched exam results
            </Link>
            <Link className="text-brand-700 underline" href="/support/name-changes">
              Decide name changes
            </Link>
            <Link className="text-brand-700 underline" href="/support/audit">
              Audit log
            </Link>
          </p>
        </section>
      )}
    </div>
  );
}
