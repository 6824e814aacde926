import { ActionButton, Aside, Heading, Layout, Paragraph } from "@/lib/email/templates/layout";

export type BadgeReminderData = {
  issuer: string;
  recipientName: string;
  badgeName: string;
  url: string;
  issuedOn: string;
};

export const badgeReminderSubject = (p: BadgeReminderData) => `Your ${p.badgeName} badge is waiting for you`;

/** The reminder for a badge still waiting to be claimed. */
export function BadgeReminderEmail(p: BadgeReminderData) {
  return (
    <Layout
      title={badgeReminderSubject(p)}
      preheader={`You have not claimed the badge issued on ${p.issuedOn} yet.`}
      issuer={p.issuer}
      footer="This link is personal: it lets you claim the badge. Do not forward this message."
    >
      <Heading>Your badge is waiting, {p.recipientName}</Heading>
      <Paragraph>
        On {p.issuedOn}, {p.issuer} issued you the <strong>{p.badgeName}</strong> badge. It has not been claimed yet.
      </Paragraph>
      <ActionButton href={p.url}>Claim your badge</ActionButton>
      <Aside>If you do not want the badge, ignore this message: we will not remind you more than twice.</Aside>
    </Layout>
  );
}
