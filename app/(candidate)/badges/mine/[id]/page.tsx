import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getMyBadge } from "@/lib/candidate/badges/badges";
import { badgeId as badgeIdSchema } from "@/lib/validation/badges";
import { formatDate, formatDateTime } from "@/lib/format";
import { Card } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import { Menu } from "@/components/ui/menu";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Textarea } from "@/components/ui/textarea";
import { BadgeStatus } from "../../_components/badge-status";
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

export default async function MyBadgePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  if (!badgeIdSchema.safeParse(id).success) notFound();
  const [b, search] = await Promise.all([getMyBadge(id), searchParams]);
  return (
    <div className="space-y-6">
      <PageHeader title={b.name} description={`Issued by ${b.issuer}`} back={{ href: "/badges", label: "All badges" }}>
        <BadgeStatus value={b.state === "ACCEPTED" ? b.status : b.state} />
      </PageHeader>
      {search.accepted && (
        <Notice tone="success">Badge accepted. Share it below or add it to your LinkedIn profile.</Notice>
      )}
      <div className="grid gap-6 lg:grid-cols-[280px_1fr]">
        <div>
          {/* biome-ignore lint/performance/noImgElement: badge art is served sized from our own routes; next/image would re-encode it */}
          <img
            src={b.imageUrl}
            alt={`${b.name} badge`}
            width={280}
            height={280}
            className="mx-auto h-auto w-full max-w-[280px]"
          />
        </div>
        <div className="space-y-6">
          {b.state === "PENDING" && (
            <Card title="This badge is waiting for you">
              <DecisionForm target={{ badgeId: b.id }} badgeName={b.name} />
            </Card>
          )}
          {b.state === "REVOKED" && (
            <Notice tone="error">This badge was revoked{b.revocationReason ? `: ${b.revocationReason}` : "."}</Notice>
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
              <Menu
                label="Download"
                items={[
                  { label: "Badge image (PNG)", href: b.downloads.png, download: true },
                  { label: "Badge image (SVG)", href: b.downloads.svg, download: true },
                  {
                    label: "Open Badges 3.0 credential (JSON)",
                    href: `${b.downloads.credentialJson}?download=1`,
                    download: true,
                  },
                  { label: "Signed credential (JWT)", href: `${b.downloads.credentialJwt}?download=1`, download: true },
                ]}
              />
              <p className="mt-2 text-sm text-slate-700">
                The images carry the Open Badges data inside them, so they can be verified wherever they are posted.
              </p>
              {b.embed && (
                <div className="mt-4 space-y-2">
                  <Textarea
                    id="embed-code"
                    name="embed"
                    label="Embed on a website or in an email signature"
                    readOnly
                    rows={3}
                    value={b.embed}
                  />
                  <CopyButton value={b.embed}>Copy embed code</CopyButton>
                </div>
              )}
            </Card>
          )}
          <Card title="History">
            <ol className="space-y-1 text-sm">
              {b.history.map((e) => (
                <li key={e.id}>
                  <span className="font-semibold">{eventLabels[e.type] ?? e.type}</span> · {formatDateTime(e.at)}
                  {e.type === "RENEWED" && e.detail?.newExpiresOn
                    ? ` (now expires ${formatDate(String(e.detail.newExpiresOn))})`
                    : ""}
                </li>
              ))}
            </ol>
          </Card>
        </div>
      </div>
    </div>
  );
}
