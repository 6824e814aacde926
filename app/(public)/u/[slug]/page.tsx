import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getPublicProfile } from "@/lib/public/badges/verification";
import { formatDate } from "@/lib/format";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { BadgeStatus } from "@/app/(candidate)/badges/_components/badge-status";

const load = cache((slug: string) => getPublicProfile(slug));

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const p = await load((await params).slug);
  return p
    ? { title: `${p.name}: badges`, description: `Verified badges earned by ${p.name}.` }
    : { title: "Profile not found", robots: { index: false } };
}

export default async function PublicProfilePage({ params }: { params: Promise<{ slug: string }> }) {
  const profile = await load((await params).slug);
  if (!profile) notFound();
  return (
    <div className="space-y-6">
      <PageHeader
        title={profile.name}
        description={`${profile.badges.length} verified ${profile.badges.length === 1 ? "badge" : "badges"}`}
      />
      {profile.badges.length === 0 ? (
        <EmptyState>No public badges yet.</EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {profile.badges.map((b) => (
            <li key={b.id}>
              <Link
                href={`/badges/${b.id}`}
                className="block h-full rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600"
              >
                {/* biome-ignore lint/performance/noImgElement: badge art is served sized from our own routes; next/image would re-encode it */}
                <img src={b.imageUrl} alt="" width={120} height={120} className="mx-auto h-30 w-30" />
                <span className="mt-3 block font-semibold text-slate-900">{b.name}</span>
                <span className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-700">
                  <BadgeStatus value={b.status} /> Issued {formatDate(b.issuedOn)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
