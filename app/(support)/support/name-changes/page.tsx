import type { Metadata } from "next";
import Link from "next/link";
import { listPendingNameChanges } from "@/lib/dal/support/name-changes";
import { decideNameChangeAction } from "@/lib/actions/support/decide-name-change";
import { pageSchema } from "@/lib/validation/support";
import { Card, PageHeader } from "@/components/ui/card";
import { formatDate } from "@/components/format";
import { ActionForm } from "../_components/action-form";
import { Pager } from "../_components/bits";

export const metadata: Metadata = { title: "Name change requests" };

export default async function NameChangesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const { page } = pageSchema.safeParse({ page: raw.page }).data ?? { page: 1 };
  const list = await listPendingNameChanges({ page });
  return (
    <div className="space-y-6">
      <PageHeader
        title="Legal-name change requests"
        description="Test centres match the legal name against ID. Approve only what the candidate's documents support; oldest first."
      />
      {list.requests.length === 0 ? (
        <Card><p className="text-slate-700">No requests are waiting.</p></Card>
      ) : (
        <ul className="space-y-4">
          {list.requests.map((r) => (
            <li key={r.id}>
              <Card>
                <h2 className="font-semibold text-slate-900">
                  {r.currentFirstName} {r.currentLastName} → {r.requestedFirstName} {r.requestedLastName}
                </h2>
                <p className="text-sm text-slate-700">
                  <Link className="text-brand-700 underline" href={`/support/candidates/${r.candidateId}`}>{r.email}</Link>, MCID {r.mcid ?? "—"}; asked{" "}
                  {formatDate(r.createdAt)}: “{r.reason}”
                </p>
                <div className="mt-3">
                  <ActionForm
                    action={decideNameChangeAction}
                    label={`Decide the change to ${r.requestedFirstName} ${r.requestedLastName}`}
                    hidden={{ requestId: r.id }}
                    submitLabel="Record decision"
                    fields={[
                      { kind: "choice", name: "decision", label: "Decision", options: [{ value: "approve", label: "Approve" }, { value: "reject", label: "Reject" }] },
                      { kind: "textarea", name: "note", label: "Note", hint: "What you checked, or why not; kept on the request and in the audit log." },
                    ]}
                  />
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
      <Pager page={list.page} pageSize={list.pageSize} total={list.total} href={(p) => `/support/name-changes?page=${p}`} />
    </div>
  );
}
