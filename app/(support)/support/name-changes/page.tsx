import type { Metadata } from "next";
import { NameChangeDecision } from "../_components/name-change-decision";
import Link from "next/link";
import { listPendingNameChanges } from "@/lib/support/name-changes/name-changes";
import { pageSchema } from "@/lib/validation/support";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate } from "@/lib/format";
import { EmptyState } from "@/components/ui/empty-state";
import { Pager } from "@/components/ui/pager";

export const metadata: Metadata = { title: "Name change requests" };

export default async function NameChangesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
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
        <EmptyState>No requests are waiting.</EmptyState>
      ) : (
        <ul className="space-y-4">
          {list.requests.map((r) => (
            <li key={r.id}>
              <Card>
                <h2 className="font-semibold text-slate-900">
                  {r.currentFirstName} {r.currentLastName} → {r.requestedFirstName} {r.requestedLastName}
                </h2>
                <p className="text-sm text-slate-700">
                  <Link className="text-brand-700 underline" href={`/support/candidates/${r.candidateId}`}>
                    {r.email}
                  </Link>
                  , MCID {r.mcid ?? "—"}; asked {formatDate(r.createdAt)}: “{r.reason}”
                </p>
                <div className="mt-3">
                  <NameChangeDecision request={r} />
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
      <Pager
        page={list.page}
        pageSize={list.pageSize}
        total={list.total}
        href={(p) => `/support/name-changes?page=${p}`}
      />
    </div>
  );
}
