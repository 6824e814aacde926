import { html } from "@/lib/html";
import { button, layout, type RenderedEmail } from "@/lib/email/templates/layout";

export function signInEmail(p: { url: string; host: string; minutes: number; issuer: string }): RenderedEmail {
  const subject = `Sign in to ${p.issuer}`;
  return {
    subject,
    html: layout({
      title: subject,
      preheader: `Your sign-in link, valid for ${p.minutes} minutes.`,
      issuer: p.issuer,
      body: html`<h1 style="font-size:20px;margin:0 0 16px">Sign in to your certification dashboard</h1>
<p>Use the button below to sign in to ${p.host}. The link works once and expires in ${p.minutes} minutes.</p>
${button(p.url, "Sign in")}
<p style="font-size:14px;color:#57606a">If you did not ask to sign in, ignore this message: nobody can sign in without the link.</p>`,
      footer: "This link signs you in without a password. Do not forward this message.",
    }),
    text: `Sign in to your certification dashboard

Open this link to sign in to ${p.host}. It works once and expires in ${p.minutes} minutes:

${p.url}

If you did not ask to sign in, ignore this message.`,
  };
}
