import type { shareLinks } from "@/lib/badges/lifecycle/share";
import { buttonClass } from "@/components/ui/button-styles";
import { CopyButton } from "@/components/ui/copy-button";
import { Menu } from "@/components/ui/menu";

/** Share targets of a public badge. Links open the other site in a new tab; nothing is sent without the earner. */
export function SharePanel({
  share,
  verificationUrl,
}: {
  share: ReturnType<typeof shareLinks>;
  verificationUrl: string;
}) {
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <a className={buttonClass("primary")} href={share.linkedInProfile} target="_blank" rel="noopener noreferrer">
          Add to LinkedIn profile
        </a>
        <Menu
          label="Share on…"
          items={[
            { label: "Post on LinkedIn", href: share.linkedInPost, external: true },
            { label: "Post on X", href: share.x, external: true },
            { label: "Share on Facebook", href: share.facebook, external: true },
            { label: "Share by email", href: share.email },
          ]}
        />
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor="badge-link" className="sr-only">
          Verification link
        </label>
        <input
          id="badge-link"
          readOnly
          value={verificationUrl}
          className="min-w-0 flex-1 basis-48 rounded-md border border-slate-400 px-3 py-2 text-sm"
        />
        <CopyButton value={verificationUrl}>Copy link</CopyButton>
      </div>
    </div>
  );
}
