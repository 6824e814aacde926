"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

export function CopyButton({ text, label = "Copy link" }: { text: string; label?: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <>
      <Button
        type="button"
        variant="secondary"
        onClick={async () => {
          await navigator.clipboard.writeText(text).catch(() => undefined);
          setCopied(true);
          setTimeout(() => setCopied(false), 3000);
        }}
      >
        {label}
      </Button>
      <span role="status" aria-live="polite" className="text-sm text-green-800">
        {copied ? "Copied" : ""}
      </span>
    </>
  );
}
