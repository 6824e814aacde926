import type { Metadata } from "next";
import Link from "next/link";
import { guardAudience } from "@/lib/auth/page-guard";
import { describeEmailConfirmation } from "@/lib/candidate/profile/profile";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ConfirmForm } from "./confirm-form";

export const metadata: Metadata = { title: "Confirm an email address", robots: { index: false, follow: false } };

/**
 * The link from the confirmation email. Confirming takes a button press by the signed-in owner, so a mail
 * scanner that opens links cannot confirm on its own, and nobody else's account can.
 */
export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  await guardAudience(["CANDIDATE"], `/confirm-email/${encodeURIComponent(token)}`);
  const found = /^[A-Za-z0-9_-]{20,100}$/.test(token)
    ? await describeEmailConfirmation(token)
    : { state: "invalid" as const };
  return (
    <div className="mx-auto max-w-lg">
      <PageHeader title="Confirm an email address" />
      <Card>
        {found.state === "ready" && (
          <div className="space-y-4">
            <p>
              Add <strong>{found.email}</strong> to your certification profile? Exam results and badges sent to it will
              then reach you.
            </p>
            <ConfirmForm token={token} email={found.email} />
          </div>
        )}
        {found.state === "confirmed" && (
          <p role="status">
            {found.email} is confirmed on your profile. Exam results and badges sent to it now reach you.{" "}
            <Link href="/profile#emails" className="text-brand-700 underline">
              Back to your profile
            </Link>
          </p>
        )}
        {found.state === "expired" && (
          <p>
            This link for {found.email} has expired or was already used. Add the address again on your{" "}
            <Link href="/profile#emails" className="text-brand-700 underline">
              profile
            </Link>{" "}
            to get a new link.
          </p>
        )}
        {found.state === "invalid" && (
          <p>
            This confirmation link is not valid for the account you are signed in with. Sign in with the account that
            added the address, or add it again on your{" "}
            <Link href="/profile#emails" className="text-brand-700 underline">
              profile
            </Link>
            .
          </p>
        )}
      </Card>
    </div>
  );
}
