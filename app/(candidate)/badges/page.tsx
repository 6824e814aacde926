import type { Metadata } from "next";
import Link from "next/link";
import { listMyBadges } from "@/lib/candidate/badges/badges";
import { formatDate } from "@/lib/format";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { StatusPill } from "@/components/ui/status-pill";
import { BadgeStatus } from "./_components/badge-status";
import { DecisionForm } from "./_components/decision-form";

export const metadata: Metadata = { title: "Your badges" };

export default async function BadgesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const [badges, params] = await Promise.all([listMyBadges(), searchParams]);
  const pending = badges.filter((b) => b.state === "PENDING");
  const others = badges.filter((b) => b.state !== "PENDING" && b.state !== "REJECTED");
  return (
    <div className="space-y-8">
      <PageHeader
        title="Your badges"
        description="Verifiable digital badges for the exams you passed and the certifications you earned."
      >
        <Link href="/settings" className="text-sm font-semibold text-brand-700 underline">
          Badge and privacy settings
        </Link>
      </PageHeader>
      {params.rejected && <Notice tone="info">The badge was rejected.</Notice>}
      {pending.length > 0 && (
        <section aria-labelledby="pending-heading" className="space-y-3">
          <h2 id="pending-heading" className="text-lg font-semibold">
            Waiting for you ({pending.length})
          </h2>
          <p className="text-slate-700">
            Accept a badge to add it to your profile and share it. You do not need the email to do so.
          </p>
          <ul className="grid gap-4 md:grid-cols-2">
            {pending.map((b) => (
              <li key={b.id}>
                <Card>
                  <div className="flex gap-4">
                    {/* biome-ignore lint/performance/noImgElement: badge art is served sized from our own routes; next/image would re-encode it */}
                    <img src={b.imageUrl} alt="" width={80} height={80} className="h-20 w-20 shrink-0" />
                    <div className="min-w-0 space-y-2">
                      <h3 className="font-semibold">
                        <Link href={`/badges/mine/${b.id}`} className="underline">
                          {b.name}
                        </Link>
                      </h3>
                      <p className="text-sm text-slate-700">Issued {formatDate(b.issuedOn)}</p>
                      <DecisionForm target={{ badgeId: b.id }} badgeName={b.name} />
                    </div>
                  </div>
                </Card>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="accepted-heading" className="space-y-3">
        <h2 id="accepted-heading" className="text-lg font-semibold">
          Your badges ({others.length})
        </h2>
        {others.length === 0 ? (
          <EmptyState>No badges yet. Pass an exam or earn a certification to receive one.</EmptyState>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {others.map((b) => (
              <li key={b.id}>
                <Link
                  href={`/badges/mine/${b.id}`}
                  className="block h-full rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600"
                >
                  {/* biome-ignore lint/performance/noImgElement: badge art is served sized from our own routes; next/image would re-encode it */}
                  <img src={b.imageUrl} alt="" width={120} height={120} className="mx-auto h-30 w-30" />
                  <span className="mt-3 block font-semibold text-slate-900">{b.name}</span>
                  <span className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-700">
                    <BadgeStatus value={b.status} />
                    {!b.public && <StatusPill status="PRIVATE">Private</StatusPill>}
                    <span>Issued {formatDate(b.issuedOn)}</span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
