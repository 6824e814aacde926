import type { CandidateCase } from "@/lib/support/candidates/case";
import { addStaffNoteAction } from "@/lib/support/candidates/actions/add-staff-note";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate, formatDateTime } from "@/lib/format";
import { ActionForm } from "./action-form";
import { StatusPill } from "@/components/ui/status-pill";

/** Share links (what was shared and how often it was opened, never the codes), notes, and the recent trail. */
export function CaseExtras({ c }: { c: CandidateCase }) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card title={`Transcript share links (${c.shareLinks.length})`}>
        {c.shareLinks.length === 0 ? (
          <EmptyState>None.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200 text-sm">
            {c.shareLinks.map((s) => (
              <li key={s.id} className="py-2 text-slate-800">
                <span className="font-medium">{s.label ?? "Untitled"}</span>{" "}
                {s.revokedAt ? (
                  <StatusPill status="REVOKED">revoked</StatusPill>
                ) : s.expiresAt && new Date(s.expiresAt) < new Date() ? (
                  <StatusPill status="EXPIRED">expired</StatusPill>
                ) : (
                  <StatusPill status="ACTIVE">active</StatusPill>
                )}
                <span className="block text-slate-700">
                  Created {formatDate(s.createdAt)}
                  {s.expiresAt ? `, expires ${formatDate(s.expiresAt)}` : ""}; {s.includeExams ? "with" : "without"}{" "}
                  exams; opened {s.viewCount} time(s){s.lastViewedAt ? `, last ${formatDateTime(s.lastViewedAt)}` : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Staff notes">
        <p className="mb-2 text-sm text-slate-700">Visible to support and admins only.</p>
        <ActionForm
          action={addStaffNoteAction}
          label="Add a staff note"
          hidden={{ candidateId: c.id }}
          submitLabel="Add note"
          variant="secondary"
          fields={[{ kind: "textarea", name: "body", label: "New note", rows: 3 }]}
        />
        <ul className="mt-4 divide-y divide-slate-200 text-sm">
          {c.notes.map((n) => (
            <li key={n.id} className="py-2">
              <p className="whitespace-pre-wrap text-slate-900">{n.body}</p>
              <p className="text-slate-600">
                {n.author}, {formatDateTime(n.createdAt)}
              </p>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
