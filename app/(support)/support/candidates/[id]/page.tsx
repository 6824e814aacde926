import type { Metadata } from "next";
import Link from "next/link";
import { getCandidateCase } from "@/lib/support/candidates/case";
import { currentViewer } from "@/lib/session";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { TextField } from "@/components/ui/text-field";
import { formatDateTime } from "@/lib/format";
import { CaseAccount } from "../../_components/case-account";
import { CaseRecords } from "../../_components/case-records";
import { CaseBadges } from "../../_components/case-badges";
import { CaseExtras } from "../../_components/case-extras";
import { StatusPill } from "@/components/ui/status-pill";

export const metadata: Metadata = { title: "Candidate" };

export default async function CandidateCasePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const c = await getCandidateCase(id);
  const viewer = await currentViewer();
  return (
    <div className="space-y-6">
      <PageHeader
        title={c.name}
        description={`${c.email} · MCID ${c.profile?.mcid ?? "—"}`}
        back={{ href: "/support", label: "Back to search" }}
      >
        <StatusPill status={c.status} />
      </PageHeader>
      {c.mergedInto && (
        <Notice tone="warning">
          This account was merged. Its records are on{" "}
          <Link className="font-medium underline" href={`/support/candidates/${c.mergedInto.id}`}>
            the surviving account
          </Link>
          .
        </Notice>
      )}
      <CaseAccount c={c} />
      <CaseBadges c={c} />
      <CaseRecords c={c} canRenew={viewer?.role === "ADMIN"} />
      <CaseExtras c={c} />
      {c.status !== "MERGED" && (
        <Card title="Merge a duplicate account into this one">
          <p className="mb-2 text-sm text-slate-700">
            For one person with two accounts: the other account&rsquo;s results, certifications, badges and emails move
            here, and its MCID keeps working as an alias. You will see both accounts before anything changes.
          </p>
          <form action={`/support/candidates/${c.id}/merge`} method="get" className="flex flex-wrap items-end gap-3">
            <TextField
              className="min-w-0 flex-1 basis-64"
              id="merge-duplicate"
              name="duplicate"
              label="Other account’s MCID or email"
              required
            />
            <Button type="submit" variant="secondary">
              Review merge
            </Button>
          </form>
        </Card>
      )}
      <Card title="Recent casework">
        {c.recentAudit.length === 0 ? (
          <EmptyState>Nothing yet.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200 text-sm">
            {c.recentAudit.map((a) => (
              <li key={a.id} className="py-2 text-slate-800">
                <span className="font-mono">{a.action}</span> by {a.actor}, {formatDateTime(a.createdAt)}
                {a.reason ? `: “${a.reason}”` : ""}
              </li>
            ))}
          </ul>
        )}
        <p className="mt-2 text-sm">
          <Link className="text-brand-700 underline" href={`/support/audit?candidate=${c.id}`}>
            Full audit trail
          </Link>
        </p>
      </Card>
    </div>
  );
}
