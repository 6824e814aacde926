import { html } from "@/lib/html";
import { layout, type RenderedEmail } from "@/lib/email/templates/layout";

/** Tells the earner a badge was revoked and why; its verification page says the same from now on. */
export function badgeRevokedEmail(p: { issuer: string; recipientName: string; badgeName: string; reason: string; url: string }): RenderedEmail {
  const subject = `Your ${p.badgeName} badge was revoked`;
  return {
    subject,
    html: layout({
      title: subject,
      preheader: `${p.issuer} revoked the ${p.badgeName} badge.`,
      issuer: p.issuer,
      body: html`<h1 style="font-size:20px;margin:0 0 16px">A badge was revoked</h1>
<p>Dear ${p.recipientName}, ${p.issuer} revoked your <strong>${p.badgeName}</strong> badge.</p>
<p>Reason: ${p.reason}</p>
<p>Its verification page (<a href="${p.url}">${p.url}</a>) now shows it as revoked. If you think this is a mistake, contact certification support.</p>`,
    }),
    text: `Dear ${p.recipientName}, ${p.issuer} revoked your ${p.badgeName} badge.

Reason: ${p.reason}

Its verification page now shows it as revoked: ${p.url}
If you think this is a mistake, contact certification support.`,
  };
}
