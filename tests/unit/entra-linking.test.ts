import { describe, expect, it } from "vitest";
import { entraEmailVerified, entraLinkDecision } from "@/lib/auth/entra-linking";

describe("Microsoft Entra ID sign-in", () => {
  it.each([
    [{ xms_edov: true }, true],
    [{ xms_edov: "1" }, true],
    [{ email_verified: true }, true],
    [{ xms_edov: false }, false],
    [{ email: "a@example.org" }, false],
    [undefined, false],
  ])("reads %j as verified: %s", (profile, verified) => {
    expect(entraEmailVerified(profile as Record<string, unknown> | undefined)).toBe(verified);
  });

  it.each([
    // A login already linked is its owner's, whatever its claims say today.
    [{ linked: true, emailVerified: false, existing: { role: "ADMIN" as const } }, { allow: true }],
    // nOAuth: an unverified address may neither create an account nor join one.
    [
      { linked: false, emailVerified: false, existing: null },
      { allow: false, reason: "EntraUnverified" },
    ],
    [
      { linked: false, emailVerified: false, existing: { role: "CANDIDATE" as const } },
      { allow: false, reason: "EntraUnverified" },
    ],
    // Staff accounts are never joined by email, verified or not.
    [
      { linked: false, emailVerified: true, existing: { role: "ADMIN" as const } },
      { allow: false, reason: "EntraStaff" },
    ],
    [
      { linked: false, emailVerified: true, existing: { role: "SUPPORT" as const } },
      { allow: false, reason: "EntraStaff" },
    ],
    [{ linked: false, emailVerified: true, existing: { role: "CANDIDATE" as const } }, { allow: true }],
    [{ linked: false, emailVerified: true, existing: null }, { allow: true }],
  ])("decides %j", (input, expected) => {
    expect(entraLinkDecision(input)).toEqual(expected);
  });
});
