import type { CandidateCase } from "@/lib/support/candidates/case";
import { resendBadgeEmailAction } from "@/lib/support/candidates/actions/resend-badge-email";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate, formatDateTime } from "@/lib/format";
import { ActionForm, reasonField } from "./action-form";
import { StatusPill } from "@/components/ui/status-pill";

const eventLabel: Record<string, string> = {
  ISSUED: "Issued",
  EMAIL_QUEUED: "Email queued",
  EMAIL_SENT: "Email sent",
  EMAIL_FAILED: "Email failed",
  REMINDED: "Reminder sent",
  CLAIM_PAGE_OPENED: "Claim page opened",
  ACCEPTED: "Accepted",
  AUTO_ACCEPTED: "Accepted automatically",
  REJECTED: "Rejected",
  REVOKED: "Revoked",
  RENEWED: "Renewed",
  EXPIRED: "Expired",
  CLAIM_LINK_REISSUED: "Claim email sent again",
  VISIBILITY_CHANGED: "Visibility changed",
};

function claimLinkState(l: CandidateCase["badges"][number]["claimLinks"][number]) {
  if (l.usedAt) return `used ${formatDateTime(l.usedAt)}`;
  if (l.revokedAt) return `stopped working ${formatDateTime(l.revokedAt)}`;
  if (new Date(l.expiresAt) < new Date()) return `expired ${formatDate(l.expiresAt)}`;
  return `works until ${formatDate(l.expiresAt)}`;
}

/** Badges with what happened to each: the answer to "I am eligible but never got my badge". */
export function CaseBadges({ c }: { c: CandidateCase }) {
  return (
    <Card title={`Badges (${c.badges.length})`}>
      {c.badges.length === 0 ? (
        <EmptyState>No badges issued.</EmptyState>
      ) : (
        <ul className="space-y-4">
          {c.badges.map((b) => (
            <li key={b.id} className="rounded-md border border-slate-200 p-3" data-testid="badge">
              <div className="flex flex-wrap items-center gap-2">
                <h3 className="font-semibold text-slate-900">{b.name}</h3>
                <StatusPill status={b.state} />
                {!b.public && <StatusPill status="PRIVATE">private</StatusPill>}
              </div>
              <p className="mt-1 text-sm text-slate-700">
                Issued {formatDate(b.issuedOn)} to {b.recipientEmail}
                {b.expiresOn ? `; expires ${formatDate(b.expiresOn)}` : ""}
                {b.acceptedAt ? `; accepted ${formatDate(b.acceptedAt)}` : ""}
                {b.revokedAt
                  ? `; revoked ${formatDate(b.revokedAt)}${b.revocationReason ? ` (${b.revocationReason})` : ""}`
                  : ""}
                {b.remindersSent ? `; ${b.remindersSent} reminder(s)` : ""}
              </p>
              <details className="mt-2">
                <summary className="cursor-pointer text-sm font-medium text-brand-700">
                  History, emails and claim links
                </summary>
                <div className="mt-2 grid gap-4 text-sm md:grid-cols-3">
                  <div>
                    <h4 className="font-semibold text-slate-800">Events</h4>
                    <ul className="mt-1 space-y-1 text-slate-700">
                      {b.events.map((e) => (
                        <li key={e.id}>
                          {formatDateTime(e.at)}: {eventLabel[e.type] ?? e.type}
                          {e.byStaff ? " (staff)" : ""}
                        </li>
                      ))}
                    </ul>
                  </div>
                  <div>
                    <h4 className="font-semibold text-slate-800">Emails</h4>
                    <ul className="mt-1 space-y-1 text-slate-700">
                      {b.emails.length === 0 && <li>None</li>}
                      {b.emails.map((m) => (
                        <li key={m.id}>
                          {formatDateTime(m.createdAt)} to {m.to}: <StatusPill status={m.status} />
                          {m.sentAt ? ` sent ${formatDateTime(m.sentAt)}` : ""}
                          {m.lastError ? ` (${m.lastError})` : ""}
                        </li>
                      ))}
                    </ul>
                  </div>
                  <div>
                    <h4 className="font-semibold text-slate-800">Claim links</h4>
                    <ul className="mt-1 space-y-1 text-slate-700">
                      {b.claimLinks.length === 0 && <li>None</li>}
                      {b.claimLinks.map((l) => (
                        <li key={l.id}>
                          Sent {formatDateTime(l.createdAt)}: {claimLinkState(l)}
                        </li>
                      ))}
                    </ul>
                  </div>
                </div>
              </details>
              {b.state === "PENDING" && (
                <details className="mt-2">
                  <summary className="cursor-pointer text-sm font-medium text-brand-700">
                    Send the badge email again
                  </summary>
                  <div className="mt-2">
                    <ActionForm
                      action={resendBadgeEmailAction}
                      label={`Send the ${b.name} badge email again`}
                      hidden={{ badgeId: b.id }}
                      submitLabel="Send"
                      fields={[
                        {
                          kind: "choice",
                          name: "mode",
                          label: "Which link",
                          options: [
                            { value: "resend", label: "Resend (earlier links keep working)" },
                            { value: "fresh", label: "Fresh claim link (earlier links stop working)" },
                          ],
                        },
                        reasonField,
                      ]}
                    />
                  </div>
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
