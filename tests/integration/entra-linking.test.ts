import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { checkEntraSignIn, ENTRA_PROVIDER_ID } from "@/lib/auth/entra-linking";
import { makeCandidate, makeStaff, uniqueEmail } from "../support/factories";

const login = () => ({ provider: ENTRA_PROVIDER_ID, providerAccountId: `oid-${Math.random()}` });

describe("a Microsoft sign-in that is not yet linked", () => {
  it("joins the candidate who owns a verified address", async () => {
    const candidate = await makeCandidate();
    expect(await checkEntraSignIn(db, login(), { email: candidate.email, xms_edov: true })).toBe(true);
  });

  it("is refused on an unverified address, whether or not an account has it", async () => {
    const candidate = await makeCandidate();
    expect(await checkEntraSignIn(db, login(), { email: candidate.email })).toBe("/sign-in?error=EntraUnverified");
    expect(await checkEntraSignIn(db, login(), { email: uniqueEmail(), xms_edov: false })).toBe(
      "/sign-in?error=EntraUnverified",
    );
  });

  it("never joins a support or admin account, even on a verified address", async () => {
    for (const role of ["SUPPORT", "ADMIN"] as const) {
      const staff = await makeStaff(role);
      expect(await checkEntraSignIn(db, login(), { email: staff.email, xms_edov: true })).toBe(
        "/sign-in?error=EntraStaff",
      );
    }
  });

  it("goes on working for the account it was linked to", async () => {
    const staff = await makeStaff("ADMIN");
    const linked = login();
    await db.account.create({ data: { userId: staff.id, type: "oidc", ...linked } });
    expect(await checkEntraSignIn(db, linked, { email: staff.email })).toBe(true);
  });
});
