/** Shared by Button and ButtonLink, so a link that looks like a button looks like exactly this one. */
const variants = {
  primary: "bg-brand-600 text-white hover:bg-brand-700 disabled:bg-slate-400",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-100 disabled:text-slate-600",
  danger: "bg-red-700 text-white hover:bg-red-800 disabled:bg-slate-400",
};

const sizes = {
  md: "px-4 py-2",
  sm: "px-3 py-1.5",
};

export type ButtonVariant = keyof typeof variants;
export type ButtonSize = keyof typeof sizes;

export function buttonClass(variant: ButtonVariant = "primary", size: ButtonSize = "md", extra = "") {
  return `inline-flex items-center justify-center gap-2 rounded-md text-sm font-semibold ${sizes[size]} ${variants[variant]} ${extra}`;
}
