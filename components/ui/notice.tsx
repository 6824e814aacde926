import type { ReactNode } from "react";

const tones = {
  success: "border-green-300 bg-green-50 text-green-900",
  warning: "border-amber-300 bg-amber-50 text-amber-900",
  error: "border-red-300 bg-red-50 text-red-900",
  info: "border-slate-300 bg-white text-slate-900",
};

/**
 * A message about the page as a whole: an outcome ("Badge accepted"), a warning, a refusal. Outcomes are a polite
 * status; refusals an alert, which screen readers announce at once.
 */
export function Notice({
  tone,
  children,
  className = "",
  ...rest
}: {
  tone: keyof typeof tones;
  children: ReactNode;
  className?: string;
  "data-testid"?: string;
}) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={`rounded-md border p-3 ${tones[tone]} ${className}`}
      {...rest}
    >
      {children}
    </div>
  );
}
