import Link from "next/link";
import type { ReactNode } from "react";

/** The page's one h1, what the page is for, its main actions on the right, and the way back when there is one. */
export function PageHeader({
  title,
  description,
  back,
  children,
}: {
  title: string;
  description?: ReactNode;
  back?: { href: string; label: string };
  children?: ReactNode;
}) {
  return (
    <div className="mb-6 space-y-2">
      {back && (
        <p className="text-sm">
          <Link className="text-brand-700 underline" href={back.href}>
            ← {back.label}
          </Link>
        </p>
      )}
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <h1 className="break-words text-2xl font-bold tracking-tight text-slate-900">{title}</h1>
          {description && <p className="mt-1 break-words text-slate-600">{description}</p>}
        </div>
        {children}
      </div>
    </div>
  );
}
