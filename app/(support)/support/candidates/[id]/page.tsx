import type { Metadata } from "next";
import Link from "next/link";
import { getCandidateCase } from "@/lib/support/candidates/case";
import { currentViewer } from "@/lib/session";
import { PageHeader, Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format";
import { CaseAccount } from "../../_components/case-account";
import { CaseRecords } from "../../_components/case-records";
import { CaseBadges } from "../../_components/case-badges";
import { CaseExtras } from "../../_components/case-extras";
import { Pill } from "../../_components/bits";

export const metadata: Metadata = { title: "Candidate" };

export default async function CandidateCasePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const c = await getCandidateCase(id);
  const viewer = await currentViewer();
  return (
    <div className="space-y-6">
      <p className="text-sm"><Link className="text-brand-700 underline" href="/support">← Back to search</Link></p>
      <PageHeader title={c.name} description={`${c.email} · MCID ${c.profile?.mcid ?? "—"}`}>
        <Pill>{c.status}</Pill>
      </PageHeader>
      {c.mergedInto && (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-900">
          This account was merged. Its records are on{" "}
          <Link className="font-medium underline" href={`/support/candidates/${c.mergedInto.id}`}>the surviving account</Link>.
        </p>
      )}
      <CaseAccount c={c} />
      <CaseBadges c={c} />
      <CaseRecords c={c} canRenew={viewer?.role === "ADMIN"} />
      <CaseExtras c={c} />
      {c.status !== "MERGED" && (
        <Card title="Merge a duplicate account into this one">
          <p className="mb-2 text-sm text-slate-700">
            For one person with two accounts: the other account&rsquo;s results, certifications, badges and emails move here, and its MCID keeps working as an alias. You will see both accounts before anything changes.
          </p>
          <form action={`/support/candidates/${c.id}/merge`} method="get" className="flex flex-wrap items-end gap-3">
            <div className="min-w-[16rem] flex-1">
              <label htmlFor="merge-duplicate" className="block text-sm font-medium text-slate-800">Other account&rsquo;s MCID or email</label>
              <input id="merge-duplicate" name="duplicate" required className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 shadow-sm" />
            </div>
            <button type="submit" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100">Review merge</button>
          </form>
        </Card>
      )}
      <Card title="Recent casework">
        {c.recentAudit.length === 0 ? (
          <p className="text-slate-700">Nothing yet.</p>
        ) : (
          <ul className="divide-y divide-slate-200 text-sm">
            {c.recentAudit.map((a) => (
              <li key={a.id} className="py-2 text-slate-800">
                <span className="font-mono">{a.action}</span> by {a.actor}, {formatDateTime(a.createdAt)}{a.reason ? `: “${a.reason}”` : ""}
              </li>
            ))}
          </ul>
        )}
        <p className="mt-2 text-sm"><Link className="text-brand-700 underline" href={`/support/audit?candidate=${c.id}`}>Full audit trail</Link></p>
      </Card>
    </div>
  );
}
