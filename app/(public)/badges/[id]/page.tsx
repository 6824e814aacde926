import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getVerification } from "@/lib/dal/badge-public";
import { formatDate, formatDateTime } from "@/components/format";
import { Card } from "@/components/ui/card";
import { BadgeStatus } from "@/app/(candidate)/badges/_components/badge-status";
import { SharePanel } from "@/app/(candidate)/badges/_components/share-panel";

const load = cache((id: string) => getVerification(id));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const v = await load((await params).id);
  if (!v) return { title: "Badge not found", robots: { index: false } };
  if (v.kind === "private") return { title: "Private badge", robots: { index: false } };
  const title = `${v.name}: earned by ${v.earner}`;
  const description = `${v.issuer} verified badge. ${v.description}`;
  return {
    title,
    description,
    openGraph: { title, description, url: v.verificationUrl, type: "website", siteName: v.issuer, images: [{ url: v.absoluteImageUrl, width: 600, height: 600, alt: `${v.name} badge` }] },
    twitter: { card: "summary", title, description, images: [v.absoluteImageUrl] },
    alternates: { canonical: v.verificationUrl },
  };
}

const statusText = {
  valid: "This badge is valid.",
  expired: "This badge has expired.",
  revoked: "This badge was revoked by its issuer.",
};

export default async function VerifyBadgePage({ params }: { params: Promise<{ id: string }> }) {
  const v = await load((await params).id);
  if (!v) notFound();
  if (v.kind === "private") {
    return (
      <Card className="mx-auto max-w-xl">
        <h1 className="mb-2 text-2xl font-bold">This badge is private</h1>
        <p className="text-slate-700">The badge exists, but its earner has chosen not to show it publicly.</p>
      </Card>
    );
  }
  const tone = v.status === "valid" ? "border-green-300 bg-green-50 text-green-900" : v.status === "expired" ? "border-amber-300 bg-amber-50 text-amber-900" : "border-red-300 bg-red-50 text-red-900";
  return (
    <div className="space-y-6">
      <div className={`rounded-md border p-4 ${tone}`} role="status">
        <p className="font-semibold">
          <BadgeStatus value={v.status} /> <span className="ml-2">{statusText[v.status]}</span>
        </p>
        {v.status === "revoked" && v.revocationReason && <p className="mt-1">Reason: {v.revocationReason}</p>}
        {v.status === "expired" && v.expiresOn && <p className="mt-1">It expired on {formatDate(v.expiresOn)}.</p>}
      </div>
      <div className="grid gap-6 md:grid-cols-[260px_1fr]">
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={v.imageUrl} alt={`${v.name} badge`} width={260} height={260} className="mx-auto h-auto w-full max-w-[260px]" />
        <div className="space-y-4">
          <h1 className="text-2xl font-bold tracking-tight">{v.name}</h1>
          <p className="text-lg">
            Earned by{" "}
            {v.profileUrl ? (
              <Link href={v.profileUrl} className="font-semibold text-brand-700 underline">
                {v.earner}
              </Link>
            ) : (
              <span className="font-semibold">{v.earner}</span>
            )}
          </p>
          <p className="text-slate-800">{v.description}</p>
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">Issuer</dt>
            <dd>{v.issuer}</dd>
            <dt className="font-semibold">Issued on</dt>
            <dd>{formatDate(v.issuedOn)}</dd>
            <dt className="font-semibold">Expires on</dt>
            <dd>{v.expiresOn ? formatDate(v.expiresOn) : "Does not expire"}</dd>
            <dt className="font-semibold">Criteria</dt>
            <dd>{v.criteria}</dd>
            <dt className="font-semibold">Evidence</dt>
            <dd>{v.evidence}</dd>
          </dl>
          {v.skills.length > 0 && (
            <section aria-labelledby="skills-heading">
              <h2 id="skills-heading" className="mb-2 font-semibold">
                Skills
              </h2>
              <ul className="flex flex-wrap gap-2">
                {v.skills.map((s) => (
                  <li key={s.slug} className="rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-900">
                    {s.name}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {v.renewals.length > 0 && (
            <section aria-labelledby="renewals-heading">
              <h2 id="renewals-heading" className="mb-2 font-semibold">
                Renewals
              </h2>
              <ul className="list-disc pl-5 text-sm">
                {v.renewals.map((r, i) => (
                  <li key={i}>
                    Renewed {formatDateTime(r.at)}
                    {r.newExpiresOn ? `: valid until ${formatDate(r.newExpiresOn)}` : ""}
                    {r.previousExpiresOn ? ` (was ${formatDate(r.previousExpiresOn)})` : ""}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="verify-heading" className="text-sm">
            <h2 id="verify-heading" className="mb-1 font-semibold">
              Verify it yourself
            </h2>
            <p className="text-slate-700">
              Open Badges data: <a className="text-brand-700 underline" href={v.assertionUrl}>2.0 assertion</a> ·{" "}
              <a className="text-brand-700 underline" href={v.credentialUrl}>3.0 signed credential</a> ·{" "}
              <a className="text-brand-700 underline" href="/.well-known/did.json">issuer keys</a>
            </p>
          </section>
        </div>
      </div>
      {v.viewerIsEarner && v.share && (
        <Card title="Share your badge">
          <SharePanel share={v.share} verificationUrl={v.verificationUrl} />
        </Card>
      )}
    </div>
  );
}
