import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { openClaim } from "@/lib/public/badges/claim";
import { formatDate } from "@/lib/format";
import { Card } from "@/components/ui/card";
import { DecisionForm } from "@/app/(candidate)/badges/_components/decision-form";

export const metadata: Metadata = { title: "Claim your badge", referrer: "no-referrer", robots: { index: false } };

export default async function ClaimPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = await openClaim(token);
  if (view.kind === "sign-in") {
    const back = `/claim/${token}`;
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(back)}&email=${encodeURIComponent(view.email)}`);
  }
  if (view.kind === "decided") redirect(view.state === "REJECTED" ? "/badges" : `/badges/mine/${view.badgeId}`);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      {view.kind === "invalid" && (
        <Card>
          <h1 className="mb-2 text-2xl font-bold">This claim link does not work any more</h1>
          <p className="text-slate-700">
            It was already used, replaced by a newer link, or has expired. Your badges are always in{" "}
            <Link href="/badges" className="font-semibold text-brand-700 underline">
              your badge list
            </Link>
            , where you can accept them without the email.
          </p>
        </Card>
      )}
      {view.kind === "other-user" && (
        <Card>
          <h1 className="mb-2 text-2xl font-bold">This badge was issued to someone else</h1>
          <p className="text-slate-700">
            You are signed in with an account that this badge was not issued to. Sign out and sign in with the email
            address the badge email was sent to.
          </p>
        </Card>
      )}
      {view.kind === "ready" && (
        <>
          <h1 className="text-2xl font-bold">Claim your badge</h1>
          <Card>
            <div className="flex flex-col gap-6 sm:flex-row">
              {/* biome-ignore lint/performance/noImgElement: badge art is served sized from our own routes; next/image would re-encode it */}
              <img
                src={view.badge.imageUrl}
                alt={`${view.badge.name} badge`}
                width={180}
                height={180}
                className="mx-auto h-45 w-45 shrink-0"
              />
              <div className="space-y-3">
                <h2 className="text-xl font-semibold">{view.badge.name}</h2>
                <p className="text-slate-800">{view.badge.description}</p>
                <p className="text-sm text-slate-700">
                  Issued {formatDate(view.badge.issuedOn)}
                  {view.badge.expiresOn ? ` · expires ${formatDate(view.badge.expiresOn)}` : ""}
                </p>
                {view.badge.skills.length > 0 && (
                  <p className="text-sm text-slate-700">Skills: {view.badge.skills.join(", ")}</p>
                )}
                <DecisionForm target={{ token }} badgeName={view.badge.name} />
              </div>
            </div>
          </Card>
        </>
      )}
    </div>
  );
}
