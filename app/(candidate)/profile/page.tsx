import type { Metadata } from "next";
import { getMyProfile } from "@/lib/candidate/profile/profile";
import { listMyNameChangeRequests } from "@/lib/candidate/profile/name-change";
import { COUNTRIES, SUGGESTED_LOCALES } from "@/lib/validation/profile";
import { formatMcid } from "@/lib/rules/mcid";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { StatusPill } from "@/components/ui/status-pill";
import { formatDate } from "@/lib/format";
import { ContactForm } from "./contact-form";
import { NameChangeForm } from "./name-change-form";
import { AddEmailForm, RemoveEmailButton } from "./email-forms";

export const metadata: Metadata = { title: "Profile" };

const OUTCOME_LABEL = { PENDING: "Waiting for support", APPROVED: "Approved", REJECTED: "Not approved" };

export default async function ProfilePage() {
  const [profile, requests] = await Promise.all([getMyProfile(), listMyNameChangeRequests()]);
  const pending = requests.some((r) => r.status === "PENDING");
  return (
    <div className="space-y-6">
      <PageHeader
        title="Profile"
        description="Your certification profile: the name on your certificates, how to reach you, and your addresses."
      />

      <Card id="legal-name" title="Legal name">
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-3">
          <div>
            <dt className="text-sm text-slate-600">First name(s)</dt>
            <dd className="font-medium" data-testid="legal-first-name">
              {profile.legalFirstName}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">Last name</dt>
            <dd className="font-medium" data-testid="legal-last-name">
              {profile.legalLastName}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">Certification ID (MCID)</dt>
            <dd className="font-mono">{formatMcid(profile.mcid)}</dd>
          </div>
        </dl>
        <p className="mt-3 text-sm text-slate-700">
          Test centres check this name against your ID, so it must match exactly. It can only be changed by support, on
          request.
        </p>
        <div className="mt-4 border-t border-slate-200 pt-4">
          {pending ? (
            <p className="text-sm text-slate-700">
              Your request is waiting for support. You can send another once it is decided.
            </p>
          ) : (
            <details>
              <summary className="cursor-pointer font-medium text-brand-700">
                Ask support to change your legal name
              </summary>
              <div className="mt-4">
                <NameChangeForm />
              </div>
            </details>
          )}
        </div>
        {requests.length > 0 && (
          <div className="mt-4">
            <h3 className="text-sm font-semibold">Your name change requests</h3>
            <ul className="mt-2 divide-y divide-slate-200" data-testid="name-change-history">
              {requests.map((r) => (
                <li key={r.id} className="py-2 text-sm">
                  <p>
                    <StatusPill status={r.status}>{OUTCOME_LABEL[r.status]}</StatusPill> {r.currentFirstName}{" "}
                    {r.currentLastName} →{" "}
                    <strong>
                      {r.requestedFirstName} {r.requestedLastName}
                    </strong>
                  </p>
                  <p className="text-slate-600">
                    Sent {formatDate(r.createdAt)}
                    {r.decidedAt && <> · decided {formatDate(r.decidedAt)}</>} · reason: {r.reason}
                  </p>
                  {r.decisionNote && <p className="text-slate-800">Support: {r.decisionNote}</p>}
                </li>
              ))}
            </ul>
          </div>
        )}
      </Card>

      <Card title="Contact details">
        <ContactForm contact={profile.contact} countries={COUNTRIES} locales={SUGGESTED_LOCALES} />
      </Card>

      <Card id="emails" title="Email addresses">
        <ul className="divide-y divide-slate-200" data-testid="email-list">
          <li className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span className="break-all">{profile.primaryEmail}</span>
            <span className="text-sm text-slate-600">Primary: you sign in with it</span>
          </li>
          {profile.secondaryEmails.map((e) => (
            <li key={e.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span className="break-all">{e.email}</span>
              <span className="flex flex-wrap items-center gap-3 text-sm">
                {e.confirmedAt ? (
                  <StatusPill status="CONFIRMED">Confirmed {formatDate(e.confirmedAt)}</StatusPill>
                ) : e.linkExpired ? (
                  <StatusPill status="EXPIRED">Link expired: add it again for a new one</StatusPill>
                ) : (
                  <StatusPill status="UNCONFIRMED">Waiting for confirmation</StatusPill>
                )}
                <RemoveEmailButton id={e.id} email={e.email} />
              </span>
            </li>
          ))}
        </ul>
        <div className="mt-4 border-t border-slate-200 pt-4">
          <AddEmailForm />
        </div>
      </Card>
    </div>
  );
}
