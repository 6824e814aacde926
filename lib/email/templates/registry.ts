import { BadgeIssuedEmail, badgeIssuedSubject, type BadgeIssuedData } from "@/lib/email/templates/badge-issued";
import { BadgeReminderEmail, badgeReminderSubject, type BadgeReminderData } from "@/lib/email/templates/badge-reminder";
import { BadgeRevokedEmail, badgeRevokedSubject, type BadgeRevokedData } from "@/lib/email/templates/badge-revoked";
import { ConfirmEmailEmail, confirmEmailSubject, type ConfirmEmailData } from "@/lib/email/templates/confirm-email";
import { cachedRenderer, renderDirect, type EmailTemplate, type RenderedEmail } from "@/lib/email/templates/render";
import { SignInEmail, signInSubject, type SignInData } from "@/lib/email/templates/sign-in";

/**
 * Every message the program sends, by the name stored on its EmailMessage row. A template turns plain data into a
 * subject, HTML and plain text; callers name a template and pass the data, and whatever shapes that data (a claim
 * link, a badge's name) stays with the caller.
 */
const emailTemplates = {
  "sign-in": { subject: signInSubject, Body: SignInEmail } satisfies EmailTemplate<SignInData>,
  "confirm-email": { subject: confirmEmailSubject, Body: ConfirmEmailEmail } satisfies EmailTemplate<ConfirmEmailData>,
  "badge-issued": {
    subject: (d) => badgeIssuedSubject(d.badgeName),
    Body: BadgeIssuedEmail,
  } satisfies EmailTemplate<BadgeIssuedData>,
  "badge-reminder": {
    subject: badgeReminderSubject,
    Body: BadgeReminderEmail,
  } satisfies EmailTemplate<BadgeReminderData>,
  "badge-revoked": { subject: badgeRevokedSubject, Body: BadgeRevokedEmail } satisfies EmailTemplate<BadgeRevokedData>,
};

export type EmailTemplateName = keyof typeof emailTemplates;
export type EmailTemplateData<N extends EmailTemplateName> =
  (typeof emailTemplates)[N] extends EmailTemplate<infer D> ? D : never;
/** A template and its data, as callers pass them. */
export type EmailTemplateCall = {
  [N in EmailTemplateName]: { template: N; data: EmailTemplateData<N> };
}[EmailTemplateName];

export const emailTemplateNames = Object.keys(emailTemplates) as EmailTemplateName[];

const renderers = Object.fromEntries(
  Object.entries(emailTemplates).map(([name, template]) => [name, cachedRenderer(template as EmailTemplate<object>)]),
) as Record<EmailTemplateName, (data: object) => Promise<RenderedEmail>>;

/** Renders a named template (through its cached skeleton: see render.ts for why and how). */
export function renderEmail(call: EmailTemplateCall): Promise<RenderedEmail> {
  return renderers[call.template](call.data);
}

export type { RenderedEmail };

/** The same, rendered through React Email every time (tests compare the two). */
export function renderEmailDirect(call: EmailTemplateCall): Promise<RenderedEmail> {
  return renderDirect(emailTemplates[call.template] as EmailTemplate<object>, call.data);
}
