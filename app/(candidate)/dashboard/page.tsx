import type { Metadata } from "next";
import Link from "next/link";
import { getMyDashboard } from "@/lib/candidate/dashboard/dashboard";
import { formatMcid } from "@/lib/rules/mcid";
import { Card } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Dashboard" };

const LEVEL: Record<string, string> = {
  FUNDAMENTALS: "Fundamentals",
  ASSOCIATE: "Associate",
  EXPERT: "Expert",
  SPECIALTY: "Specialty",
};

export default async function DashboardPage() {
  const home = await getMyDashboard();
  const { attention } = home;
  const attentionCount =
    attention.renewals.length +
    (attention.unclaimedBadges > 0 ? 1 : 0) +
    (attention.missingProfile.length > 0 ? 1 : 0) +
    (attention.unconfirmedEmails > 0 ? 1 : 0);
  return (
    <div className="space-y-6">
      <PageHeader title={`Welcome, ${home.displayName}`} description="Your certification profile at a glance." />
      {home.recentlyReactivated && (
        <Notice tone="success">
          Welcome back. Your account had been inactive after two years without a sign-in; signing in has reactivated it.
        </Notice>
      )}
      <div className="grid gap-4 sm:grid-cols-3">
        <Card title="Certification ID (MCID)">
          <div className="flex flex-wrap items-center gap-3">
            <p className="font-mono text-2xl tracking-wider" data-testid="mcid">
              {formatMcid(home.mcid)}
            </p>
            <CopyButton value={home.mcid} label="Copy your MCID" />
          </div>
          <p className="mt-1 text-sm text-slate-600">Permanent: quote it to support and test centres.</p>
        </Card>
        <Card title="Active certifications">
          <p className="text-3xl font-bold">{home.activeCertifications.length}</p>
        </Card>
        <Card title="Exams passed">
          <p className="text-3xl font-bold">{home.examsPassed}</p>
        </Card>
      </div>

      <section aria-labelledby="attention" className="rounded-lg border border-amber-300 bg-amber-50 p-5">
        <h2 id="attention" className="mb-3 text-base font-semibold text-slate-900">
          Needs your attention {attentionCount > 0 && <span className="text-slate-700">({attentionCount})</span>}
        </h2>
        {attentionCount === 0 ? (
          <p className="text-slate-700">
            Nothing needs your attention. Your certifications and profile are up to date.
          </p>
        ) : (
          <ul className="space-y-2" data-testid="attention">
            {attention.renewals.map((r) => (
              <li key={r.id}>
                <Link href={`/transcript#cert-${r.id}`} className="font-medium text-brand-700 underline">
                  {r.title}
                </Link>{" "}
                expires on {formatDate(r.expiresOn)}. Its renewal window is open: renew now to keep it active.
              </li>
            ))}
            {attention.unclaimedBadges > 0 && (
              <li>
                <Link href="/badges" className="font-medium text-brand-700 underline">
                  {attention.unclaimedBadges === 1 ? "1 badge is" : `${attention.unclaimedBadges} badges are`} waiting
                  to be claimed
                </Link>
                .
              </li>
            )}
            {attention.missingProfile.length > 0 && (
              <li>
                <Link href="/profile" className="font-medium text-brand-700 underline">
                  Complete your profile
                </Link>
                : add your {attention.missingProfile.join(", ")}.
              </li>
            )}
            {attention.unconfirmedEmails > 0 && (
              <li>
                <Link href="/profile#emails" className="font-medium text-brand-700 underline">
                  {attention.unconfirmedEmails === 1
                    ? "1 email address is"
                    : `${attention.unconfirmedEmails} email addresses are`}{" "}
                  waiting for confirmation
                </Link>
                .
              </li>
            )}
          </ul>
        )}
      </section>

      <Card title="Your active certifications">
        {home.activeCertifications.length === 0 ? (
          <EmptyState>No active certifications yet. Pass an exam and it appears here.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200">
            {home.activeCertifications.map((c) => (
              <li key={c.id} className="flex flex-wrap justify-between gap-2 py-2">
                <span>
                  <span className="font-medium">{c.title}</span>{" "}
                  <span className="text-sm text-slate-600">· {LEVEL[c.level] ?? c.level}</span>
                </span>
                <span className={`text-sm ${c.renewNow ? "font-semibold text-amber-900" : "text-slate-600"}`}>
                  {c.expiresOn ? `Expires ${formatDate(c.expiresOn)}` : "Does not expire"}
                </span>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-4 flex flex-wrap gap-x-4 gap-y-2 text-sm">
          <Link href="/transcript" className="font-medium text-brand-700 underline">
            Full transcript and exam history
          </Link>
          <a href="/transcript/pdf" className="font-medium text-brand-700 underline">
            Download transcript (PDF)
          </a>
          <Link href="/transcript/share" className="font-medium text-brand-700 underline">
            Share your transcript
          </Link>
        </p>
      </Card>
      {home.pendingNameChange && (
        <p className="text-sm text-slate-700">
          Your legal name change request is waiting for support.{" "}
          <Link href="/profile#legal-name" className="text-brand-700 underline">
            See it
          </Link>
        </p>
      )}
    </div>
  );
}
