import { Body, Button, Container, Head, Html, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

/** The frame every message shares: a plain, high-contrast single column that survives every mail client. */
export function Layout(p: { title: string; preheader: string; issuer: string; footer?: string; children: ReactNode }) {
  return (
    <Html lang="en">
      <Head>
        <title>{p.title}</title>
      </Head>
      {/* React Email's Preview pads and cuts the preheader by its length, which templates rendered once for many
          recipients (render.ts) cannot reproduce; a hidden line does the same job and is left out of the text part. */}
      <div style={{ display: "none", maxHeight: 0, overflow: "hidden" }} data-skip-in-text="true">
        {p.preheader}
      </div>
      <Body
        style={{
          margin: 0,
          background: "#f4f5f7",
          fontFamily: "Segoe UI,Helvetica,Arial,sans-serif",
          color: "#1f2328",
        }}
      >
        <Section style={{ padding: "24px" }}>
          <Container style={{ maxWidth: "560px", background: "#ffffff", borderRadius: "8px" }}>
            <Section
              style={{ padding: "24px 32px", borderBottom: "1px solid #e5e7eb", fontWeight: 600, color: "#1d4ed8" }}
            >
              {p.issuer}
            </Section>
            <Section style={{ padding: "24px 32px", fontSize: "16px", lineHeight: 1.5 }}>{p.children}</Section>
            <Section
              style={{ padding: "16px 32px", fontSize: "12px", color: "#57606a", borderTop: "1px solid #e5e7eb" }}
            >
              {p.footer ?? "You receive this message because of your certification profile."}
            </Section>
          </Container>
        </Section>
      </Body>
    </Html>
  );
}

export const Heading = ({ children }: { children: ReactNode }) => (
  <h1 style={{ fontSize: "20px", margin: "0 0 16px" }}>{children}</h1>
);

export const Paragraph = ({ children }: { children: ReactNode }) => (
  <Text style={{ fontSize: "16px", lineHeight: 1.5, margin: "0 0 16px" }}>{children}</Text>
);

export const Aside = ({ children }: { children: ReactNode }) => (
  <Text style={{ fontSize: "14px", lineHeight: 1.5, color: "#57606a", margin: "0 0 16px" }}>{children}</Text>
);

export function ActionButton(p: { href: string; children: ReactNode }) {
  return (
    <Section style={{ margin: "24px 0" }}>
      <Button
        href={p.href}
        style={{
          background: "#1d4ed8",
          color: "#ffffff",
          padding: "12px 20px",
          borderRadius: "6px",
          textDecoration: "none",
          fontWeight: 600,
          display: "inline-block",
        }}
      >
        {p.children}
      </Button>
    </Section>
  );
}
