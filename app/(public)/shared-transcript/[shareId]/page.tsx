import type { Metadata } from "next";
import { cookies } from "next/headers";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate } from "@/lib/format";
import { viewSharedTranscript } from "@/lib/public/transcripts/shared";
import { TranscriptView } from "@/components/transcript/transcript-view";
import { AccessCodeForm } from "./access-code-form";

export const metadata: Metadata = { title: "Shared transcript", robots: { index: false, follow: false } };

const CLOSED = {
  revoked: {
    title: "This link was revoked",
    body: "The person who shared this transcript has revoked the link. Ask them for a new one if you still need it.",
  },
  expired: {
    title: "This link has expired",
    body: "The person who shared this transcript set this link to expire. Ask them for a new one if you still need it.",
  },
  "not-found": {
    title: "This link does not exist",
    body: "Check that the whole link was copied. Share links are long and case-sensitive.",
  },
};

export default async function SharedTranscriptPage({ params }: { params: Promise<{ shareId: string }> }) {
  const { shareId } = await params;
  const grant = (await cookies()).get(`share_${shareId}`)?.value;
  const view = await viewSharedTranscript(shareId, grant);

  if (view.state === "shared") {
    return (
      <div>
        <PageHeader
          title="Certification transcript"
          description={`Shared with you${view.label ? ` (${view.label})` : ""}${view.expiresAt ? `; this link works until ${formatDate(view.expiresAt)}` : ""}. Verified against the program's records today.`}
        />
        <TranscriptView transcript={view.transcript} owner={false} />
        {!view.transcript.exams && (
          <p className="mt-4 text-sm text-slate-700">The owner shared their certifications without the exam history.</p>
        )}
      </div>
    );
  }
  if (view.state === "needs-code") {
    return (
      <div className="mx-auto max-w-md">
        <PageHeader
          title="Shared transcript"
          description="Someone shared their certification transcript with you. Enter the access code they gave you to see it."
        />
        <Card>
          <AccessCodeForm shareId={shareId} />
        </Card>
      </div>
    );
  }
  const closed = CLOSED[view.state];
  return (
    <div className="mx-auto max-w-md" data-testid="share-closed">
      <PageHeader title={closed.title} />
      <p className="text-slate-700">{closed.body}</p>
    </div>
  );
}
