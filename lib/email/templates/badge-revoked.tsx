import { Link } from "@react-email/components";
import { Heading, Layout, Paragraph } from "@/lib/email/templates/layout";

export type BadgeRevokedData = {
  issuer: string;
  recipientName: string;
  badgeName: string;
  reason: string;
  url: string;
};

export const badgeRevokedSubject = (p: BadgeRevokedData) => `Your ${p.badgeName} badge was revoked`;

/** Tells the earner a badge was revoked and why; its verification page says the same from now on. */
export function BadgeRevokedEmail(p: BadgeRevokedData) {
  return (
    <Layout
      title={badgeRevokedSubject(p)}
      preheader={`${p.issuer} revoked the ${p.badgeName} badge.`}
      issuer={p.issuer}
    >
      <Heading>A badge was revoked</Heading>
      <Paragraph>
        Dear {p.recipientName}, {p.issuer} revoked your <strong>{p.badgeName}</strong> badge.
      </Paragraph>
      <Paragraph>Reason: {p.reason}</Paragraph>
      <Paragraph>
        {/* The address is the link's text; the plain-text part writes the link's target instead, so only once. */}
        Its verification page (
        <Link href={p.url}>
          <span data-skip-in-text="true">{p.url}</span>
        </Link>
        ) now shows it as revoked. If you think this is a mistake, contact certification support.
      </Paragraph>
    </Layout>
  );
}
