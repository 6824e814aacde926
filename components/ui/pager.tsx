import Link from "next/link";

/** Previous/next links with where the reader is; `href` builds each page's address (keeping the filters). */
export function Pager({
  page,
  pageSize,
  total,
  href,
  label = "Pages",
}: {
  page: number;
  pageSize: number;
  total: number;
  href: (page: number) => string;
  label?: string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className="mt-4 flex flex-wrap items-center gap-4 text-sm">
      {page > 1 ? (
        <Link className="font-medium text-brand-700 underline" href={href(page - 1)}>
          Previous page
        </Link>
      ) : (
        <span className="text-slate-600">Previous page</span>
      )}
      <span className="text-slate-700">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link className="font-medium text-brand-700 underline" href={href(page + 1)}>
          Next page
        </Link>
      ) : (
        <span className="text-slate-600">Next page</span>
      )}
    </nav>
  );
}
