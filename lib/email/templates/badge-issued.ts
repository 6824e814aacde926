import { html } from "@/lib/html";
import { button, layout, type RenderedEmail } from "@/lib/email/templates/layout";

export type BadgeMailInput = {
  issuer: string;
  recipientName: string;
  badgeName: string;
  /** The claim link (pending badges) or the badge page (badges already accepted automatically). */
  url: string;
  autoAccepted: boolean;
};

/** The subject alone: bulk issuance stores it when queueing and leaves the body to the sender. */
export const badgeIssuedSubject = (badgeName: string) => `You earned a badge: ${badgeName}`;

/** "You earned a badge": the first message about a badge, with its claim link. */
export function badgeIssuedEmail(p: BadgeMailInput): RenderedEmail {
  const subject = badgeIssuedSubject(p.badgeName);
  const action = p.autoAccepted
    ? "Your settings accept badges automatically, so it is already in your badge list. Open it to share it or download it."
    : "Claim it to add it to your badge list, then share it with your network or add it to your LinkedIn profile.";
  return {
    subject,
    html: layout({
      title: subject,
      preheader: `${p.issuer} issued you the ${p.badgeName} badge.`,
      issuer: p.issuer,
      body: html`<h1 style="font-size:20px;margin:0 0 16px">Congratulations, ${p.recipientName}</h1>
<p>${p.issuer} issued you a digital badge: <strong>${p.badgeName}</strong>. Anyone you share it with can verify it.</p>
<p>${action}</p>
${button(p.url, p.autoAccepted ? "View your badge" : "Claim your badge")}
<p style="font-size:14px;color:#57606a">You will be asked to sign in with this email address. You are not required to accept the badge.</p>`,
      footer: p.autoAccepted ? undefined : "This link is personal: it lets you claim the badge. Do not forward this message.",
    }),
    text: `Congratulations, ${p.recipientName}

${p.issuer} issued you a digital badge: ${p.badgeName}. Anyone you share it with can verify it.

${action}

${p.url}

You will be asked to sign in with this email address. You are not required to accept the badge.`,
  };
}
