"use client";

import { Button } from "@/components/ui/button";

/**
 * What a page shows when rendering it failed: most often the first request of a database outage, before the proxy
 * knows to answer 503 (lib/db/health.ts). The error itself stays in the server log; the digest ties the two.
 */
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-md text-center" role="alert">
      <h1 className="text-2xl font-bold">This page could not be shown</h1>
      <p className="mt-2 text-slate-600">
        Something went wrong on our side, and nothing you saved is lost. Try again in a moment.
      </p>
      <Button type="button" onClick={reset} className="mt-4">
        Try again
      </Button>
      {error.digest && <p className="mt-4 text-sm text-slate-600">Reference for support: {error.digest}</p>}
    </div>
  );
}
