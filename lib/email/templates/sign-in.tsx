import { ActionButton, Aside, Heading, Layout, Paragraph } from "@/lib/email/templates/layout";

export type SignInData = { url: string; host: string; minutes: number; issuer: string };

export const signInSubject = (p: SignInData) => `Sign in to ${p.issuer}`;

export function SignInEmail(p: SignInData) {
  return (
    <Layout
      title={signInSubject(p)}
      preheader={`Your sign-in link, valid for ${p.minutes} minutes.`}
      issuer={p.issuer}
      footer="This link signs you in without a password. Do not forward this message."
    >
      <Heading>Sign in to your certification dashboard</Heading>
      <Paragraph>
        Use the button below to sign in to {p.host}. The link works once and expires in {p.minutes} minutes.
      </Paragraph>
      <ActionButton href={p.url}>Sign in</ActionButton>
      <Aside>If you did not ask to sign in, ignore this message: nobody can sign in without the link.</Aside>
    </Layout>
  );
}
