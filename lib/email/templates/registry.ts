import { badgeIssuedEmail } from "@/lib/email/templates/badge-issued";
import { badgeReminderEmail } from "@/lib/email/templates/badge-reminder";
import { badgeRevokedEmail } from "@/lib/email/templates/badge-revoked";
import { confirmEmailEmail } from "@/lib/email/templates/confirm-email";
import type { RenderedEmail } from "@/lib/email/templates/layout";
import { signInEmail } from "@/lib/email/templates/sign-in";

/**
 * Every message the program sends, by the name stored on its EmailMessage row. A template turns plain data into a
 * subject, HTML and plain text; callers name a template and pass the data, and whatever shapes that data (a claim
 * link, a badge's name) stays with the caller.
 */
export const emailTemplates = {
  "sign-in": signInEmail,
  "confirm-email": confirmEmailEmail,
  "badge-issued": badgeIssuedEmail,
  "badge-reminder": badgeReminderEmail,
  "badge-revoked": badgeRevokedEmail,
} satisfies Record<string, (data: never) => RenderedEmail | Promise<RenderedEmail>>;

export type EmailTemplateName = keyof typeof emailTemplates;
export type EmailTemplateData<N extends EmailTemplateName> = Parameters<(typeof emailTemplates)[N]>[0];
/** A template and its data, as callers pass them. */
export type EmailTemplateCall = { [N in EmailTemplateName]: { template: N; data: EmailTemplateData<N> } }[EmailTemplateName];

export async function renderEmail(call: EmailTemplateCall): Promise<RenderedEmail> {
  const template = emailTemplates[call.template] as (data: EmailTemplateCall["data"]) => RenderedEmail | Promise<RenderedEmail>;
  return template(call.data);
}
