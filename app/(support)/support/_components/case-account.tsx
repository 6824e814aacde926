import Link from "next/link";
import { NameChangeDecision } from "./name-change-decision";
import type { CandidateCase } from "@/lib/support/candidates/case";
import { reactivateAccountAction } from "@/lib/support/candidates/actions/reactivate-account";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate, formatDateTime } from "@/lib/format";
import { ActionForm, reasonField } from "./action-form";
import { StatusPill } from "@/components/ui/status-pill";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[minmax(0,10rem)_minmax(0,1fr)] gap-2 py-1 text-sm">
      <dt className="font-medium text-slate-700">{label}</dt>
      <dd className="text-slate-900 [overflow-wrap:anywhere]">{children}</dd>
    </div>
  );
}

/** Who this is, how they sign in, and the account-level fixes (reactivation, name changes). */
export function CaseAccount({ c }: { c: CandidateCase }) {
  const p = c.profile;
  const pending = c.nameChangeRequests.filter((r) => r.status === "PENDING");
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card title="Profile">
        <dl>
          <Row label="MCID">
            <span className="font-mono" data-testid="case-mcid">
              {p?.mcid ?? "—"}
            </span>
          </Row>
          <Row label="Legal name">{p ? `${p.legalFirstName} ${p.legalLastName}` : "—"}</Row>
          <Row label="Preferred name">{p?.preferredName ?? "—"}</Row>
          <Row label="Primary email">{c.email}</Row>
          <Row label="Other emails">
            {c.secondaryEmails.length === 0
              ? "—"
              : c.secondaryEmails.map((e) => (
                  <span key={e.id} className="block">
                    {e.email}{" "}
                    {e.confirmedAt ? (
                      <StatusPill status="CONFIRMED">confirmed</StatusPill>
                    ) : (
                      <StatusPill status="UNCONFIRMED">unconfirmed</StatusPill>
                    )}
                  </span>
                ))}
          </Row>
          <Row label="Old MCIDs">{c.mcidAliases.length ? c.mcidAliases.map((a) => a.mcid).join(", ") : "—"}</Row>
          <Row label="Language">{p?.locale ?? "—"}</Row>
          <Row label="Location">{[p?.city, p?.country].filter(Boolean).join(", ") || "—"}</Row>
          <Row label="Phone">{p?.phone ?? "—"}</Row>
          <Row label="Badges">
            {p?.autoAcceptBadges ? "accepted automatically" : "claimed by the candidate"}; profile{" "}
            {p?.profilePublic ? "public" : "private"}
          </Row>
        </dl>
      </Card>
      <Card title="Sign-in and status">
        <dl>
          <Row label="Status">
            <StatusPill status={c.status} />
          </Row>
          <Row label="Has signed in">{c.hasAccount ? "yes" : "never (created by an exam record or import)"}</Row>
          <Row label="Last sign-in">{c.lastSignInAt ? formatDateTime(c.lastSignInAt) : "—"}</Row>
          <Row label="Reactivated">{c.reactivatedAt ? formatDateTime(c.reactivatedAt) : "—"}</Row>
          <Row label="Active sessions">{c.activeSessions}</Row>
          <Row label="Sign-in methods">{c.signInMethods.join(", ")}</Row>
          <Row label="Created">{formatDate(c.createdAt)}</Row>
          {c.mergedFrom.length > 0 && (
            <Row label="Merged from">
              {c.mergedFrom.map((m) => (
                <Link key={m.id} className="block text-brand-700 underline" href={`/support/candidates/${m.id}`}>
                  MCID {m.mcid ?? m.id}
                </Link>
              ))}
            </Row>
          )}
        </dl>
        {c.status === "INACTIVE" && (
          <div className="mt-4 border-t border-slate-200 pt-4">
            <h3 className="mb-2 font-semibold text-slate-900">Reactivate this account</h3>
            <ActionForm
              action={reactivateAccountAction}
              label="Reactivate this account"
              hidden={{ userId: c.id }}
              submitLabel="Reactivate"
              fields={[reasonField]}
            />
          </div>
        )}
      </Card>
      <Card title="Legal-name change requests" className="lg:col-span-2">
        {c.nameChangeRequests.length === 0 ? (
          <EmptyState>None.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200">
            {c.nameChangeRequests.map((r) => (
              <li key={r.id} className="py-2 text-sm">
                <p className="text-slate-900">
                  {r.currentFirstName} {r.currentLastName} →{" "}
                  <strong>
                    {r.requestedFirstName} {r.requestedLastName}
                  </strong>{" "}
                  <StatusPill status={r.status} />
                </p>
                <p className="text-slate-700">
                  Asked {formatDate(r.createdAt)}: “{r.reason}”
                </p>
                {r.decidedAt && (
                  <p className="text-slate-700">
                    Decided {formatDate(r.decidedAt)} by {r.decidedBy}: “{r.decisionNote}”
                  </p>
                )}
                {r.status === "PENDING" && (
                  <div className="mt-2">
                    <NameChangeDecision request={r} />
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
        {pending.length > 1 && (
          <p className="mt-2 text-sm text-slate-700">{pending.length} requests are pending; decide the newest first.</p>
        )}
      </Card>
    </div>
  );
}
