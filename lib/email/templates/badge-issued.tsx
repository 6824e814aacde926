import { ActionButton, Aside, Heading, Layout, Paragraph } from "@/lib/email/templates/layout";

export type BadgeIssuedData = {
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
export function BadgeIssuedEmail(p: BadgeIssuedData) {
  return (
    <Layout
      title={badgeIssuedSubject(p.badgeName)}
      preheader={`${p.issuer} issued you the ${p.badgeName} badge.`}
      issuer={p.issuer}
      footer={
        p.autoAccepted ? undefined : "This link is personal: it lets you claim the badge. Do not forward this message."
      }
    >
      <Heading>Congratulations, {p.recipientName}</Heading>
      <Paragraph>
        {p.issuer} issued you a digital badge: <strong>{p.badgeName}</strong>. Anyone you share it with can verify it.
      </Paragraph>
      <Paragraph>
        {p.autoAccepted
          ? "Your settings accept badges automatically, so it is already in your badge list. Open it to share it or download it."
          : "Claim it to add it to your badge list, then share it with your network or add it to your LinkedIn profile."}
      </Paragraph>
      <ActionButton href={p.url}>{p.autoAccepted ? "View your badge" : "Claim your badge"}</ActionButton>
      <Aside>You will be asked to sign in with this email address. You are not required to accept the badge.</Aside>
    </Layout>
  );
}
