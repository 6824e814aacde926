import Link from "next/link";

const tones: Record<string, string> = {
  green: "bg-green-100 text-green-900",
  amber: "bg-amber-100 text-amber-900",
  red: "bg-red-100 text-red-900",
  slate: "bg-slate-100 text-slate-800",
  blue: "bg-brand-100 text-brand-900",
};

const toneOf: Record<string, keyof typeof tones> = {
  ACTIVE: "green", ACCEPTED: "green", SENT: "green", APPROVED: "green",
  PENDING: "amber", QUEUED: "amber", INACTIVE: "amber",
  FAILED: "red", REVOKED: "red", REJECTED: "red", EXPIRED: "slate", RETIRED: "slate", MERGED: "slate",
};

export function Pill({ children, tone }: { children: React.ReactNode; tone?: keyof typeof tones }) {
  const key = tone ?? toneOf[String(children)] ?? "slate";
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${tones[key]}`}>{children}</span>;
}

/** A table that can scroll sideways on a phone; focusable so keyboard users can scroll it too. */
export function TableWrap({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto">
      <table className="w-full min-w-[36rem] text-left text-sm">{children}</table>
    </div>
  );
}

export const th = "border-b border-slate-200 px-2 py-2 font-semibold text-slate-800";
export const td = "border-b border-slate-100 px-2 py-2 align-top text-slate-800";

/** Previous/next links that keep the other query parameters. */
export function Pager({ page, pageSize, total, href }: { page: number; pageSize: number; total: number; href: (page: number) => string }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pages" className="mt-4 flex items-center gap-4 text-sm">
      {page > 1 ? <Link className="text-brand-700 underline" href={href(page - 1)}>Previous page</Link> : <span className="text-slate-600">Previous page</span>}
      <span className="text-slate-700">Page {page} of {pages}</span>
      {page < pages ? <Link className="text-brand-700 underline" href={href(page + 1)}>Next page</Link> : <span className="text-slate-600">Next page</span>}
    </nav>
  );
}

/** Builds a URL with the given query, dropping empty values. */
export function withQuery(path: string, query: Record<string, string | number | undefined | null>) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== "") params.set(k, String(v));
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}
