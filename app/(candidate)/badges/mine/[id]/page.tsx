import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getMyBadge } from "@/lib/candidate/badges/badges";
import { badgeId as badgeIdSchema } from "@/lib/validation/badges";
import { formatDate, formatDateTime } from "@/lib/format";
import { Card, PageHeader } from "@/components/ui/card";
import { BadgeStatus } from "../../_components/badge-status";
import { CopyButton } from "../../_components/copy-button";
import { DecisionForm } from "../../_components/decision-form";
import { SharePanel } from "../../_components/share-panel";
import { VisibilityForm } from "../../_components/visibility-form";

export const metadata: Metadata = { title: "Badge" };

const eventLabels: Record<string, string> = {
  ISSUED: "Issued",
  ACCEPTED: "Accepted",
  AUTO_ACCEPTED: "Accepted automatically",
  REJECTED: "Rejected",
  REVOKED: "Revoked",
  RENEWED: "Renewed: expiry extended",
  EXPIRED: "Expired",
  VISIBILITY_CHANGED: "Visibility changed",
  REMINDED: "Reminder sent",
};

export default async function MyBadgePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { id } = await params;
  if (!badgeIdSchema.safeParse(id).success) notFound();
  const [b, search] = await Promise.all([getMyBadge(id), searchParams]);
  const dl = "text-sm font-semibold text-brand-700 underline";
  return (
    <div className="space-y-6">
      <p>
        <Link href="/badges" className="text-sm text-brand-700 underline">
          ← All badges
        </Link>
      </p>
      <PageHeader title={b.name} description={`Issued by ${b.issuer}`}>
        <BadgeStatus value={b.state === "ACCEPTED" ? b.status : b.state} />
      </PageHeader>
      {search.accepted && (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
          Badge accepted. Share it below or add it to your LinkedIn profile.
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-[280px_1fr]">
        <div>
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={b.imageUrl} alt={`${b.name} badge`} width={280} height={280} className="mx-auto h-auto w-full max-w-[280px]" />
        </div>
        <div className="space-y-6">
          {b.state === "PENDING" && (
            <Card title="This badge is waiting for you">
              <DecisionForm target={{ badgeId: b.id }} badgeName={b.name} />
            </Card>
          )}
          {b.state === "REVOKED" && (
            <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
              This badge was revoked{b.revocationReason ? `: ${b.revocationReason}` : "."}
            </p>
          )}
          <Card title="About this badge">
            <p className="text-slate-800">{b.description}</p>
            <dl className="mt-4 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
              <dt className="font-semibold">Criteria</dt>
              <dd>{b.criteria}</dd>
              <dt className="font-semibold">Evidence</dt>
              <dd>{b.evidence}</dd>
              <dt className="font-semibold">Issued on</dt>
              <dd>{formatDate(b.issuedOn)}</dd>
              <dt className="font-semibold">Expires on</dt>
              <dd>{b.expiresOn ? formatDate(b.expiresOn) : "Does not expire"}</dd>
              <dt className="font-semibold">Skills</dt>
              <dd>{b.skills.map((s) => s.name).join(", ") || "—"}</dd>
            </dl>
          </Card>
          {(b.state === "ACCEPTED" || b.state === "EXPIRED") && (
            <Card title="Privacy">
              <VisibilityForm badgeId={b.id} isPublic={b.public} />
            </Card>
          )}
          {b.shareable && b.share && (
            <Card title="Share">
              <SharePanel share={b.share} verificationUrl={b.verificationUrl} />
            </Card>
          )}
          {(b.state === "ACCEPTED" || b.state === "EXPIRED") && (
            <Card title="Download">
              <ul className="flex flex-wrap gap-4">
                <li><a className={dl} href={b.downloads.png} download>Badge image (PNG)</a></li>
                <li><a className={dl} href={b.downloads.svg} download>Badge image (SVG)</a></li>
                <li><a className={dl} href={`${b.downloads.credentialJson}?download=1`} download>Open Badges 3.0 credential (JSON)</a></li>
                <li><a className={dl} href={`${b.downloads.credentialJwt}?download=1`} download>Signed credential (JWT)</a></li>
              </ul>
              <p className="mt-2 text-sm text-slate-700">The images carry the Open Badges data inside them, so they can be verified wherever they are posted.</p>
              {b.embed && (
                <div className="mt-4 space-y-2">
                  <label htmlFor="embed-code" className="block text-sm font-semibold">
                    Embed on a website or in an email signature
                  </label>
                  <textarea id="embed-code" readOnly rows={3} value={b.embed} className="w-full rounded-md border border-slate-400 p-2 font-mono text-xs" />
                  <CopyButton text={b.embed} label="Copy embed code" />
                </div>
              )}
            </Card>
          )}
          <Card title="History">
            <ol className="space-y-1 text-sm">
              {b.history.map((e, i) => (
                <li key={i}>
                  <span className="font-semibold">{eventLabels[e.type] ?? e.type}</span> · {formatDateTime(e.at)}
                  {e.type === "RENEWED" && e.detail?.newExpiresOn ? ` (now expires ${formatDate(String(e.detail.newExpiresOn))})` : ""}
                </li>
              ))}
            </ol>
          </Card>
        </div>
      </div>
    </div>
  );
}
