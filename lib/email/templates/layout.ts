import { html, type SafeHtml } from "@/lib/html";

export type RenderedEmail = { subject: string; html: string; text: string };

/** The frame every message shares: a plain, high-contrast single column that survives every mail client. */
export function layout(opts: { title: string; preheader: string; body: SafeHtml; footer?: string; issuer: string }) {
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${opts.title}</title></head>
<body style="margin:0;background:#f4f5f7;font-family:Segoe UI,Helvetica,Arial,sans-serif;color:#1f2328">
<span style="display:none;max-height:0;overflow:hidden">${opts.preheader}</span>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table role="presentation" width="100%" style="max-width:560px;background:#ffffff;border-radius:8px" cellpadding="0" cellspacing="0">
<tr><td style="padding:24px 32px;border-bottom:1px solid #e5e7eb;font-weight:600;color:#1d4ed8">${opts.issuer}</td></tr>
<tr><td style="padding:24px 32px;font-size:16px;line-height:1.5">${opts.body}</td></tr>
<tr><td style="padding:16px 32px;font-size:12px;color:#57606a;border-top:1px solid #e5e7eb">${opts.footer ?? "You receive this message because of your certification profile."}</td></tr>
</table></td></tr></table></body></html>`.value;
}

export function button(href: string, label: string) {
  return html`<p style="margin:24px 0"><a href="${href}" style="background:#1d4ed8;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600;display:inline-block">${label}</a></p>`;
}
