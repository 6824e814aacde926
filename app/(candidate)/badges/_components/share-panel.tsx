import type { shareLinks } from "@/lib/badges/lifecycle/share";
import { CopyButton } from "./copy-button";

const linkClass = "inline-flex items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100";

/** Share targets of a public badge. Links open the other site in a new tab; nothing is sent without the earner. */
export function SharePanel({ share, verificationUrl }: { share: ReturnType<typeof shareLinks>; verificationUrl: string }) {
  const external = { target: "_blank", rel: "noopener noreferrer" } as const;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <a className={`${linkClass} border-brand-600 text-brand-700`} href={share.linkedInProfile} {...external}>
          Add to LinkedIn profile
        </a>
        <a className={linkClass} href={share.linkedInPost} {...external}>
          Post on LinkedIn
        </a>
        <a className={linkClass} href={share.x} {...external}>
          Post on X
        </a>
        <a className={linkClass} href={share.facebook} {...external}>
          Share on Facebook
        </a>
        <a className={linkClass} href={share.email}>
          Share by email
        </a>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor="badge-link" className="sr-only">
          Verification link
        </label>
        <input id="badge-link" readOnly value={verificationUrl} className="min-w-0 flex-1 rounded-md border border-slate-400 px-3 py-2 text-sm" />
        <CopyButton text={verificationUrl} />
      </div>
    </div>
  );
}
