import type { Metadata } from "next";
import Link from "next/link";
import { env } from "@/lib/env";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Check your email" };

export default function CheckEmailPage() {
  return (
    <div className="mx-auto max-w-md">
      <Card>
        <h1 className="mb-2 text-xl font-bold">Check your email</h1>
        <p className="text-slate-700">
          If that address is on file, a sign-in link is on its way. It works once and expires in 10 minutes.
        </p>
        {env().DEV_MAILBOX && (
          <p className="mt-4 rounded-md bg-brand-50 p-3 text-sm text-brand-900">
            Development mode: mail is delivered to the{" "}
            <Link href="/dev/mailbox" className="font-semibold underline">
              development mailbox
            </Link>
            .
          </p>
        )}
      </Card>
    </div>
  );
}
