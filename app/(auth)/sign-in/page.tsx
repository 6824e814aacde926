import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ENTRA_REFUSALS } from "@/lib/auth/entra-linking";
import { entraEnabled } from "@/lib/auth";
import { currentViewer } from "@/lib/session";
import { signInWithEntra } from "@/lib/public/auth/actions/sign-in-with-entra";
import { localPath } from "@/lib/validation/auth";
import { Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

const searchSchema = z.object({
  callbackUrl: localPath.optional().catch(undefined),
  error: z.string().max(50).optional().catch(undefined),
  email: z.string().max(254).optional().catch(undefined),
});

const errors: Record<string, string> = {
  Verification: "That sign-in link has expired or was already used. Ask for a new one below.",
  AccessDenied: "This account cannot be signed in to. If your accounts were merged, sign in with your other address.",
  Configuration: "Sign-in is not available right now. Please try again in a few minutes.",
  ...ENTRA_REFUSALS,
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const params = searchSchema.parse(await searchParams);
  if (await currentViewer()) redirect(params.callbackUrl ?? "/dashboard");
  const error = params.error ? (errors[params.error] ?? "Sign-in failed. Please try again.") : undefined;
  return (
    <div className="mx-auto max-w-md">
      <PageHeader
        title="Sign in to your certification dashboard"
        description="No password needed: we email you a link that signs you in once."
      />
      {error && (
        <Notice tone="error" className="mb-4 text-sm">
          {error}
        </Notice>
      )}
      <Card>
        <SignInForm callbackUrl={params.callbackUrl} defaultEmail={params.email} />
        {entraEnabled() && (
          <form action={signInWithEntra} className="mt-4 border-t border-slate-200 pt-4">
            <Button variant="secondary" className="w-full">
              Sign in with a Microsoft account
            </Button>
          </form>
        )}
      </Card>
    </div>
  );
}
