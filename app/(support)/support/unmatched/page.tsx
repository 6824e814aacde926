import type { Metadata } from "next";
import Link from "next/link";
import { listUnmatchedResults } from "@/lib/support/unmatched/unmatched";
import { linkExamResultAction } from "@/lib/support/unmatched/actions/link-exam-result";
import { pageSchema } from "@/lib/validation/support";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate } from "@/lib/format";
import { ActionForm, reasonField } from "../_components/action-form";
import { EmptyState } from "@/components/ui/empty-state";
import { Pager } from "@/components/ui/pager";
import { StatusPill } from "@/components/ui/status-pill";

export const metadata: Metadata = { title: "Unmatched exam results" };

const channelLabel: Record<string, string> = {
  TEST_CENTER: "Test centre",
  ONLINE: "Online",
  CERTIPORT: "Certiport",
  OTHER: "Other",
};

export default async function UnmatchedPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = await searchParams;
  const { page } = pageSchema.safeParse({ page: raw.page }).data ?? { page: 1 };
  const list = await listUnmatchedResults({ page });
  return (
    <div className="space-y-6">
      <PageHeader
        title="Unmatched exam results"
        description="Results whose email matched no account. Link one to the candidate it belongs to: their certifications are recorded and badges issued at once."
      />
      {list.results.length === 0 ? (
        <EmptyState>Every exam result belongs to a candidate.</EmptyState>
      ) : (
        <ul className="space-y-4">
          {list.results.map((r) => (
            <li key={r.id}>
              <Card>
                <div className="flex flex-wrap items-center gap-2">
                  <h2 className="font-semibold text-slate-900">
                    {r.examCode} {r.examTitle}
                  </h2>
                  <StatusPill status={r.passed ? "PASSED" : "FAILED"}>{r.passed ? "Passed" : "Failed"}</StatusPill>
                </div>
                <p className="text-sm text-slate-700">
                  Taken {formatDate(r.takenOn)} ({channelLabel[r.channel] ?? r.channel}), score {r.score}; reported for{" "}
                  {r.sourceName ?? "(no name)"} &lt;{r.sourceEmail}&gt;
                  {r.sourceRecordId ? `; record ${r.sourceRecordId}` : ""}
                </p>
                {r.suggestion && (
                  <p className="mt-1 text-sm text-slate-800">
                    Likely owner:{" "}
                    <Link className="text-brand-700 underline" href={`/support/candidates/${r.suggestion.userId}`}>
                      {r.suggestion.name || r.suggestion.email}
                    </Link>{" "}
                    (MCID {r.suggestion.mcid}) has added this address but not confirmed it.
                  </p>
                )}
                <details className="mt-2">
                  <summary className="cursor-pointer text-sm font-medium text-brand-700">Link to a candidate</summary>
                  <div className="mt-2">
                    <ActionForm
                      action={linkExamResultAction}
                      label={`Link the ${r.examCode} result of ${formatDate(r.takenOn)}`}
                      hidden={{ examResultId: r.id }}
                      submitLabel="Link result"
                      fields={[
                        {
                          kind: "text",
                          name: "candidate",
                          label: "Candidate's MCID or email",
                          placeholder: r.suggestion?.mcid ?? "",
                        },
                        reasonField,
                      ]}
                    />
                  </div>
                </details>
              </Card>
            </li>
          ))}
        </ul>
      )}
      <Pager
        page={list.page}
        pageSize={list.pageSize}
        total={list.total}
        href={(p) => `/support/unmatched?page=${p}`}
      />
    </div>
  );
}
