"use client";

import { useState } from "react";
import { Button } from "./button";

/**
 * Copies a value to the clipboard and says so, to screen readers too. `label` names the button for assistive
 * technology when its visible text ("Copy") alone would not say what is copied.
 */
export function CopyButton({ value, children = "Copy", label }: { value: string; children?: string; label?: string }) {
  const [status, setStatus] = useState("");
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus("Copied");
    } catch {
      setStatus("Copy failed: select the text and copy it");
    }
    setTimeout(() => setStatus(""), 4000);
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button type="button" variant="secondary" size="sm" onClick={copy} aria-label={label}>
        {children}
      </Button>
      <span role="status" aria-live="polite" className="text-sm text-green-800">
        {status}
      </span>
    </span>
  );
}
