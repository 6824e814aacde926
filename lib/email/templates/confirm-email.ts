import { html } from "@/lib/html";
import { button, layout, type RenderedEmail } from "@/lib/email/templates/layout";

export function confirmEmailEmail(p: { url: string; address: string; hours: number; issuer: string }): RenderedEmail {
  const subject = `Confirm ${p.address} for your certification profile`;
  return {
    subject,
    html: layout({
      title: subject,
      preheader: `Confirm this address to add it to your certification profile. The link is valid for ${p.hours} hours.`,
      issuer: p.issuer,
      body: html`<h1 style="font-size:20px;margin:0 0 16px">Confirm your email address</h1>
<p>You asked to add <strong>${p.address}</strong> to your certification profile, so exam results and badges sent
to it reach you. Open the link while signed in to your dashboard to confirm. It works once and expires in
${p.hours} hours.</p>
${button(p.url, "Confirm this address")}
<p style="font-size:14px;color:#57606a">If you did not ask for this, ignore this message: the address is not added unless the link is used by the account that asked.</p>`,
      footer: "This link confirms an address on a certification profile. Do not forward this message.",
    }),
    text: `Confirm your email address

You asked to add ${p.address} to your certification profile, so exam results and badges sent to it reach you.
Open this link while signed in to your dashboard to confirm. It works once and expires in ${p.hours} hours:

${p.url}

If you did not ask for this, ignore this message.`,
  };
}
