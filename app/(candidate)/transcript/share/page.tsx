import type { Metadata } from "next";
import Link from "next/link";
import { listMyTranscriptShares } from "@/lib/candidate/transcript/shares";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatusPill } from "@/components/ui/status-pill";
import { formatDate, formatDateTime } from "@/lib/format";
import { CreateShareForm } from "./create-share-form";
import { RevokeShareButton } from "./revoke-share-button";

export const metadata: Metadata = { title: "Share your transcript" };

const STATE_LABEL: Record<string, string> = { active: "Active", expired: "Expired", revoked: "Revoked" };

export default async function SharePage() {
  const shares = await listMyTranscriptShares();
  return (
    <div className="space-y-6">
      <PageHeader
        title="Share your transcript"
        description="Give an employer or school a link and an access code. They see only what you choose, until the link expires or you revoke it."
      >
        <Link href="/transcript" className="text-sm font-medium text-brand-700 underline">
          Back to transcript
        </Link>
      </PageHeader>
      <Card title="Create a share link">
        <CreateShareForm />
      </Card>
      <Card title="Your share links">
        {shares.length === 0 ? (
          <EmptyState>You have not shared your transcript yet.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200" data-testid="share-list">
            {shares.map((s) => {
              const name = s.label ?? `link created ${formatDate(s.createdAt)}`;
              return (
                <li key={s.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
                  <div className="min-w-0">
                    <p className="font-medium">
                      {s.label ?? "Untitled link"} <StatusPill status={s.state}>{STATE_LABEL[s.state]}</StatusPill>
                    </p>
                    <p className="break-all font-mono text-sm text-slate-700">{s.url}</p>
                    <p className="text-sm text-slate-600">
                      Created {formatDate(s.createdAt)} · {s.includeExams ? "with exam history" : "certifications only"}{" "}
                      ·{" "}
                      {s.revokedAt
                        ? `revoked ${formatDate(s.revokedAt)}`
                        : s.expiresAt
                          ? `${s.state === "expired" ? "expired" : "expires"} ${formatDate(s.expiresAt)}`
                          : "no expiry"}
                    </p>
                    <p className="text-sm text-slate-600" data-testid="share-views">
                      {s.viewCount === 0
                        ? "Not viewed yet"
                        : `Viewed ${s.viewCount} ${s.viewCount === 1 ? "time" : "times"}, last ${formatDateTime(s.lastViewedAt!)}`}
                    </p>
                  </div>
                  {s.state === "active" && <RevokeShareButton id={s.id} label={name} />}
                </li>
              );
            })}
          </ul>
        )}
      </Card>
    </div>
  );
}
