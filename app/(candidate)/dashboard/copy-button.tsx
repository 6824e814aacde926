"use client";

import { useState } from "react";

/** Copies a value to the clipboard and says so to screen readers too. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const [status, setStatus] = useState("");
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus("Copied");
    } catch {
      setStatus("Copy failed: select the number and copy it");
    }
    setTimeout(() => setStatus(""), 4000);
  }
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={copy}
        aria-label={label}
        className="rounded-md border border-slate-300 bg-white px-3 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100"
      >
        Copy
      </button>
      <span aria-live="polite" className="text-sm text-green-800">
        {status}
      </span>
    </span>
  );
}
