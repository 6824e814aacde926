import { ActionButton, Aside, Heading, Layout, Paragraph } from "@/lib/email/templates/layout";

export type ConfirmEmailData = { url: string; address: string; hours: number; issuer: string };

export const confirmEmailSubject = (p: ConfirmEmailData) => `Confirm ${p.address} for your certification profile`;

export function ConfirmEmailEmail(p: ConfirmEmailData) {
  return (
    <Layout
      title={confirmEmailSubject(p)}
      preheader={`Confirm this address to add it to your certification profile. The link is valid for ${p.hours} hours.`}
      issuer={p.issuer}
      footer="This link confirms an address on a certification profile. Do not forward this message."
    >
      <Heading>Confirm your email address</Heading>
      <Paragraph>
        You asked to add <strong>{p.address}</strong> to your certification profile, so exam results and badges sent to
        it reach you. Open the link while signed in to your dashboard to confirm. It works once and expires in {p.hours}{" "}
        hours.
      </Paragraph>
      <ActionButton href={p.url}>Confirm this address</ActionButton>
      <Aside>
        If you did not ask for this, ignore this message: the address is not added unless the link is used by the
        account that asked.
      </Aside>
    </Layout>
  );
}
