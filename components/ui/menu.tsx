"use client";

import { useEffect, useId, useRef, useState } from "react";
import { Button } from "./button";

export type MenuItem = { label: string; href: string; external?: boolean; download?: boolean };

/**
 * A button that shows a short list of links (share targets, downloads). A disclosure rather than an ARIA menu:
 * its items are ordinary links, reached with Tab, which is what screen-reader users expect of links. Escape or a
 * click elsewhere closes it; Escape puts focus back on the button.
 */
export function Menu({ label, items }: { label: string; items: MenuItem[] }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const listId = useId();
  useEffect(() => {
    if (!open) return;
    const away = (e: Event) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onEscape = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("pointerdown", away);
    document.addEventListener("focusin", away);
    document.addEventListener("keydown", onEscape);
    return () => {
      document.removeEventListener("pointerdown", away);
      document.removeEventListener("focusin", away);
      document.removeEventListener("keydown", onEscape);
    };
  }, [open]);
  return (
    <div ref={root} className="relative inline-block">
      <Button
        ref={button}
        type="button"
        variant="secondary"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        {label}
        <span aria-hidden>{open ? "▴" : "▾"}</span>
      </Button>
      <ul
        id={listId}
        hidden={!open}
        className="absolute left-0 z-10 mt-1 w-max max-w-[calc(100vw-2rem)] rounded-md border border-slate-300 bg-white py-1 shadow-lg"
      >
        {items.map((item) => (
          <li key={item.href}>
            <a
              href={item.href}
              download={item.download || undefined}
              {...(item.external ? { target: "_blank", rel: "noopener noreferrer" } : {})}
              className="block px-4 py-2 text-sm text-slate-800 hover:bg-slate-100 focus:bg-slate-100"
            >
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
