import type { Metadata } from "next";
import Link from "next/link";
import { previewMerge } from "@/lib/support/candidates/merge";
import { mergeAccountsAction } from "@/lib/support/candidates/actions/merge-accounts";
import { DomainError } from "@/lib/errors";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/format";
import { ActionForm, reasonField } from "../../../_components/action-form";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { StatusPill } from "@/components/ui/status-pill";
import { withQuery } from "@/components/with-query";

export const metadata: Metadata = { title: "Merge accounts" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

type Summary = Awaited<ReturnType<typeof previewMerge>>["survivor"];

function Account({ title, a }: { title: string; a: Summary }) {
  return (
    <Card title={title}>
      <p className="font-medium text-slate-900">
        {a.name || "(no name)"} <StatusPill status={a.status} />
      </p>
      <p className="text-sm text-slate-700">{a.email}</p>
      <p className="font-mono text-sm text-slate-700">MCID {a.mcid ?? "—"}</p>
      <p className="text-sm text-slate-700">
        Created {formatDate(a.createdAt)}; last sign-in {a.lastSignInAt ? formatDate(a.lastSignInAt) : "never"}
      </p>
      <ul className="mt-2 text-sm text-slate-800">
        <li>{a.counts.examResults} exam results</li>
        <li>{a.counts.certifications} certifications</li>
        <li>{a.counts.badges} badges</li>
        <li>{a.counts.emails} other email addresses</li>
        <li>
          {a.counts.transcriptShares} share links, {a.counts.notesAbout} staff notes
        </li>
      </ul>
    </Card>
  );
}

export default async function MergePage({ params, searchParams }: Props) {
  const { id } = await params;
  const raw = await searchParams;
  const ref = typeof raw.duplicate === "string" ? raw.duplicate : "";
  let preview: Awaited<ReturnType<typeof previewMerge>> | null = null;
  let problem: string | null = null;
  try {
    preview = await previewMerge(id, ref);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    problem = error.message;
  }
  return (
    <div className="space-y-6">
      <PageHeader
        title="Merge two accounts"
        description="Everything on the duplicate moves to the account that stays. This cannot be undone from the console."
        back={{ href: `/support/candidates/${id}`, label: "Back to the candidate" }}
      />
      {problem || !preview ? (
        <Notice tone="error">{problem ?? "Enter the other account's MCID or email."}</Notice>
      ) : (
        <>
          <div className="grid gap-4 md:grid-cols-2">
            <Account title="Stays (survivor)" a={preview.survivor} />
            <Account title="Merged into it (duplicate)" a={preview.duplicate} />
          </div>
          <p className="text-sm">
            <Link
              className="text-brand-700 underline"
              href={withQuery(`/support/candidates/${preview.duplicate.id}/merge`, {
                duplicate: preview.survivor.mcid ?? preview.survivor.email,
              })}
            >
              Keep the other account instead
            </Link>
          </p>
          <Card title="Confirm">
            <ActionForm
              action={mergeAccountsAction}
              label="Merge these accounts"
              hidden={{ survivorId: preview.survivor.id, duplicate: preview.duplicate.mcid ?? preview.duplicate.email }}
              submitLabel="Merge accounts"
              variant="danger"
              confirm={{
                title: "Merge these accounts?",
                body: "Everything on the duplicate moves to the account that stays, and the duplicate can no longer sign in. This cannot be undone from the console.",
                confirmLabel: "Yes, merge the accounts",
              }}
              fields={[
                {
                  kind: "confirm",
                  name: "confirm",
                  label: "I have checked that both accounts belong to the same person.",
                },
                reasonField,
              ]}
            />
          </Card>
        </>
      )}
    </div>
  );
}
