import { html } from "@/lib/html";
import { button, layout, type RenderedEmail } from "@/lib/email/templates/layout";

/** The reminder for a badge still waiting to be claimed. */
export function badgeReminderEmail(p: { issuer: string; recipientName: string; badgeName: string; url: string; issuedOn: string }): RenderedEmail {
  const subject = `Your ${p.badgeName} badge is waiting for you`;
  return {
    subject,
    html: layout({
      title: subject,
      preheader: `You have not claimed the badge issued on ${p.issuedOn} yet.`,
      issuer: p.issuer,
      body: html`<h1 style="font-size:20px;margin:0 0 16px">Your badge is waiting, ${p.recipientName}</h1>
<p>On ${p.issuedOn}, ${p.issuer} issued you the <strong>${p.badgeName}</strong> badge. It has not been claimed yet.</p>
${button(p.url, "Claim your badge")}
<p style="font-size:14px;color:#57606a">If you do not want the badge, ignore this message: we will not remind you more than twice.</p>`,
      footer: "This link is personal: it lets you claim the badge. Do not forward this message.",
    }),
    text: `Your badge is waiting, ${p.recipientName}

On ${p.issuedOn}, ${p.issuer} issued you the ${p.badgeName} badge. It has not been claimed yet. Claim it here:

${p.url}

If you do not want the badge, ignore this message: we will not remind you more than twice.`,
  };
}
