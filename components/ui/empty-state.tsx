import type { ReactNode } from "react";

/** What a list says when it has nothing to show, with what to do about it when there is something to do. */
export function EmptyState({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="rounded-md border border-dashed border-slate-300 p-4 text-center text-slate-700">
      <p>{children}</p>
      {action && <p className="mt-2 text-sm">{action}</p>}
    </div>
  );
}
