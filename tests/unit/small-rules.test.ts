import { describe, expect, it } from "vitest";
import { foldForSearch, profileSearchText } from "@/lib/rules/search-text";
import { retryDelayMs } from "@/lib/jobs/backoff";
import { html, SafeHtml } from "@/lib/html";
import { parseEnv } from "@/lib/env";
import { signInSchema } from "@/lib/validation/auth";
import { hashToken, newToken } from "@/lib/security/tokens";
import { navigationFor } from "@/components/navigation";

describe("search folding", () => {
  it.each([
    ["José Müller", "jose muller"],
    ["  NGUYỄN   Văn  ", "nguyen van"],
    ["Zoë O'Brien", "zoe o'brien"],
  ])("%j folds to %j", (input, out) => expect(foldForSearch(input)).toBe(out));
  it("indexes every name", () => {
    expect(profileSearchText({ legalFirstName: "Lucía", legalLastName: "Fernández", preferredName: "Lucy" })).toBe(
      "lucia fernandez lucy",
    );
  });
});

describe("retry backoff", () => {
  it.each([
    [1, 1000, 2000],
    [2, 2000, 4000],
    [5, 16000, 32000],
    [30, 450000, 900000], // capped at 15 minutes
  ])("attempt %i waits between %i and %i ms", (attempt, min, max) => {
    expect(retryDelayMs(attempt, () => 0)).toBe(min);
    expect(retryDelayMs(attempt, () => 1)).toBe(max);
  });
});

describe("email markup", () => {
  it("escapes interpolated values but not SafeHtml", () => {
    const name = `<script>alert("x")</script>`;
    expect(html`<p>${name}</p>`.value).toBe("<p>&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;</p>");
    expect(html`<p>${new SafeHtml("<b>ok</b>")}</p>`.value).toBe("<p><b>ok</b></p>");
  });
});

describe("environment", () => {
  const ok = { DATABASE_URL: "postgresql://u:p@localhost:5432/db", AUTH_SECRET: "x".repeat(32), DEV_MAILBOX: "true" };
  it("accepts a minimal development environment", () => {
    expect(parseEnv(ok).APP_URL).toBe("http://localhost:3000");
  });
  it.each([
    [{ ...ok, DATABASE_URL: "mysql://localhost/db" }, "DATABASE_URL"],
    [{ ...ok, AUTH_SECRET: "short" }, "AUTH_SECRET"],
    [{ ...ok, DEV_MAILBOX: "" }, "SMTP_URL"],
    [{ ...ok, AUTH_MICROSOFT_ENTRA_ID_ID: "abc" }, "AUTH_MICROSOFT_ENTRA_ID_ID"],
    [{ ...ok, APP_URL: "not a url" }, "APP_URL"],
    [{ ...ok, TRUSTED_PROXY_HOPS: "-1" }, "TRUSTED_PROXY_HOPS"],
    [{ ...ok, TRUSTED_PROXY_HOPS: "one" }, "TRUSTED_PROXY_HOPS"],
  ])("names the bad variable (%#)", (source, name) => {
    expect(() => parseEnv(source)).toThrow(new RegExp(`${name}:`));
  });
});

it("refuses production without a mail server, saying what DEV_MAILBOX would expose", () => {
  const production = {
    DATABASE_URL: "postgresql://u:p@localhost:5432/db",
    AUTH_SECRET: "x".repeat(32),
    NODE_ENV: "production",
  };
  expect(() => parseEnv(production)).toThrow(/SMTP_URL: is required in production.*every sign-in link/s);
  expect(parseEnv({ ...production, DEV_MAILBOX: "true" }).DEV_MAILBOX).toBe(true);
});

describe("sign-in form", () => {
  it("normalises the address", () => {
    expect(signInSchema.parse({ email: "  Ada@Example.COM " }).email).toBe("ada@example.com");
  });
  it.each(["//evil.example/x", "https://evil.example", "/\\evil.example"])(
    "refuses %j as a destination",
    (callbackUrl) => {
      expect(signInSchema.safeParse({ email: "a@example.com", callbackUrl }).success).toBe(false);
    },
  );
  it("explains a bad address", () => {
    const r = signInSchema.safeParse({ email: "nope" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toMatch(/email address/);
  });
});

describe("tokens", () => {
  it("are 32 random bytes and stored only as SHA-256", () => {
    const t = newToken();
    expect(Buffer.from(t, "base64url")).toHaveLength(32);
    expect(hashToken(t)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(t)).not.toContain(t);
  });
});

describe("navigation", () => {
  it("shows each audience only its own areas", () => {
    expect(navigationFor(null)).toEqual([]);
    expect(navigationFor("CANDIDATE").map((l) => l.href)).not.toContain("/support");
    expect(navigationFor("SUPPORT").map((l) => l.href)).not.toContain("/admin");
    expect(navigationFor("ADMIN").map((l) => l.href)).toEqual(expect.arrayContaining(["/admin", "/support"]));
  });
});
