import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";

/**
 * Every table of the product. On a narrow screen it scrolls sideways inside its own region (focusable, so a
 * keyboard can scroll it too, and named by the caption), never the page: one way everywhere. The caption names the
 * table for assistive technology; it is visible only when `showCaption` is set.
 */
export function Table({
  caption,
  showCaption = false,
  minWidth = "36rem",
  maxHeight,
  children,
}: {
  caption: string;
  showCaption?: boolean;
  /** Below this width the region scrolls rather than squeezing the columns. */
  minWidth?: string;
  /** A long table (an import's rejected rows) scrolls down within this height too. */
  maxHeight?: string;
  children: ReactNode;
}) {
  return (
    // `relative` keeps visually hidden labels inside the scrolling region (absolutely placed, they would otherwise
    // widen the page); `contain: inline-size` stops a wide table from widening the grid or flex cell it sits in.
    // The region therefore takes the width of its container, never of its table.
    <section
      aria-label={caption}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must take keyboard focus, or keyboard users cannot scroll it (axe: scrollable-region-focusable)
      tabIndex={0}
      className="relative w-full overflow-auto [contain:inline-size]"
      style={maxHeight ? { maxHeight } : undefined}
    >
      <table className="w-full text-left text-sm text-slate-800" style={{ minWidth }}>
        <caption className={showCaption ? "mb-2 text-left font-semibold text-slate-900" : "sr-only"}>{caption}</caption>
        {children}
      </table>
    </section>
  );
}

const cell = "border-b border-slate-200 px-2 py-2 align-top";

/** A column header. */
export function Th({ className = "", children, ...rest }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th scope="col" className={`${cell} font-semibold text-slate-700 ${className}`} {...rest}>
      {children}
    </th>
  );
}

/** A row's header cell: the cell that names the row. */
export function RowHeader({ className = "", children, ...rest }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th scope="row" className={`${cell} font-medium text-slate-900 ${className}`} {...rest}>
      {children}
    </th>
  );
}

export function Td({ className = "", children, ...rest }: TdHTMLAttributes<HTMLTableCellElement>) {
  return (
    <td className={`${cell} ${className}`} {...rest}>
      {children}
    </td>
  );
}
