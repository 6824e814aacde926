import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAsViewer } from "@/lib/session";
import { findUserByAnyEmail } from "@/lib/accounts/find-by-email";
import {
  addSecondaryEmail,
  confirmSecondaryEmail,
  describeEmailConfirmation,
  getMyProfile,
  removeSecondaryEmail,
  updateMyContactDetails,
} from "@/lib/candidate/profile/profile";
import { updateContactDetails } from "@/lib/candidate/profile/actions/update-contact-details";
import { contactDetailsSchema } from "@/lib/validation/profile";
import { makeCandidate, makeStaff, uniqueEmail, viewerOf } from "../support/factories";
import { expectStatus } from "../support/http-errors";
import { deliverMailTo, linksIn } from "../support/mail";

const details = contactDetailsSchema.parse({
  preferredName: "Lulu",
  phone: "+34 612 345 678",
  addressLine1: "Calle Mayor 1",
  addressLine2: "",
  city: "Madrid",
  region: "",
  postalCode: "28013",
  country: "ES",
  locale: "es-ES",
});

function tokenFrom(text: string) {
  return /\/confirm-email\/([A-Za-z0-9_-]+)/.exec(text)![1];
}

describe("the profile", () => {
  it("is only ever the signed-in candidate's own", async () => {
    const me = await makeCandidate({ legalFirstName: "José", legalLastName: "Núñez" });
    const profile = await runAsViewer(viewerOf(me), getMyProfile);
    expect(profile).toMatchObject({
      primaryEmail: me.email,
      legalFirstName: "José",
      legalLastName: "Núñez",
      mcid: me.profile!.mcid,
    });
    await expectStatus(runAsViewer(null, getMyProfile), 401);
    await expectStatus(runAsViewer(viewerOf(await makeStaff("SUPPORT")), getMyProfile), 403);
  });

  it("saves contact details and keeps the search text in step with the preferred name", async () => {
    const me = await makeCandidate({ legalFirstName: "María", legalLastName: "Pérez" });
    await runAsViewer(viewerOf(me), () => updateMyContactDetails(details));
    const row = await db.candidateProfile.findUniqueOrThrow({ where: { userId: me.id } });
    expect(row).toMatchObject({
      phone: "+34 612 345 678",
      country: "ES",
      postalCode: "28013",
      locale: "es-ES",
      preferredName: "Lulu",
    });
    expect(row.searchText).toBe("maria perez lulu");
    await runAsViewer(viewerOf(me), () => updateMyContactDetails({ ...details, preferredName: null }));
    expect((await db.candidateProfile.findUniqueOrThrow({ where: { userId: me.id } })).searchText).toBe("maria perez");
    expect(await db.auditLog.count({ where: { action: "profile.update", candidateId: me.id } })).toBe(2);
  });

  it("the action answers a bad phone number with a field error and saves nothing", async () => {
    const me = await makeCandidate();
    const form = new FormData();
    for (const [k, v] of Object.entries({ ...details, phone: "555-1234", addressLine2: "", region: "" }))
      form.set(k, String(v ?? ""));
    const state = await runAsViewer(viewerOf(me), () => updateContactDetails({ ok: false }, form));
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.phone?.[0]).toMatch(/country code/);
    expect(state.values?.phone).toBe("555-1234");
    expect((await db.candidateProfile.findUniqueOrThrow({ where: { userId: me.id } })).phone).toBeNull();
  });

  it("cannot change the legal name through contact details", async () => {
    const me = await makeCandidate({ legalFirstName: "Ada", legalLastName: "Byron" });
    const sneaky = { ...details, legalFirstName: "Eve" } as typeof details;
    await runAsViewer(viewerOf(me), () => updateMyContactDetails(contactDetailsSchema.parse(sneaky)));
    expect((await db.candidateProfile.findUniqueOrThrow({ where: { userId: me.id } })).legalFirstName).toBe("Ada");
  });
});

describe("secondary email addresses", () => {
  it("are confirmed by a single-use link mailed to them, after which they match the account", async () => {
    const me = await makeCandidate();
    const address = uniqueEmail("second");
    await runAsViewer(viewerOf(me), () => addSecondaryEmail(address.toUpperCase()));
    const pending = await db.candidateEmail.findUniqueOrThrow({ where: { email: address } });
    expect(pending).toMatchObject({ userId: me.id, confirmedAt: null });
    expect(await findUserByAnyEmail(db, address)).toBeNull();

    const mail = await deliverMailTo(address);
    expect(mail.subject).toContain("Confirm");
    const link = linksIn(mail).find((l) => l.includes("/confirm-email/"))!;
    const token = tokenFrom(link);
    // Only the hash is stored, and the sensitive body is erased once sent.
    const stored = await db.actionToken.findFirstOrThrow({ where: { userId: me.id }, omit: { tokenHash: false } });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBeCloseTo(24 * 3600 * 1000, -4);
    const message = await db.emailMessage.findFirstOrThrow({ where: { to: address } });
    expect(message).toMatchObject({ sensitive: true, status: "SENT" });

    expect(await runAsViewer(viewerOf(me), () => describeEmailConfirmation(token))).toEqual({
      state: "ready",
      email: address,
    });
    await runAsViewer(viewerOf(me), () => confirmSecondaryEmail(token));
    expect((await db.candidateEmail.findUniqueOrThrow({ where: { email: address } })).confirmedAt).not.toBeNull();
    expect((await findUserByAnyEmail(db, address))?.id).toBe(me.id);

    await expect(runAsViewer(viewerOf(me), () => confirmSecondaryEmail(token))).rejects.toThrow(
      /expired or was already used/,
    );
    expect(await runAsViewer(viewerOf(me), () => describeEmailConfirmation(token))).toEqual({
      state: "confirmed",
      email: address,
    });
  });

  it("cannot be confirmed by another account, even with the link", async () => {
    const me = await makeCandidate();
    const attacker = await makeCandidate();
    const address = uniqueEmail("victim");
    await runAsViewer(viewerOf(attacker), () => addSecondaryEmail(address));
    const token = tokenFrom(linksIn(await deliverMailTo(address))[0]);
    expect(await runAsViewer(viewerOf(me), () => describeEmailConfirmation(token))).toEqual({ state: "invalid" });
    await expect(runAsViewer(viewerOf(me), () => confirmSecondaryEmail(token))).rejects.toThrow(
      /not valid for the account/,
    );
    expect((await db.candidateEmail.findUniqueOrThrow({ where: { email: address } })).confirmedAt).toBeNull();
  });

  it("refuse a link past its 24 hours", async () => {
    const me = await makeCandidate();
    const address = uniqueEmail("late");
    await runAsViewer(viewerOf(me), () => addSecondaryEmail(address));
    const token = tokenFrom(linksIn(await deliverMailTo(address))[0]);
    await db.actionToken.updateMany({ where: { userId: me.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await runAsViewer(viewerOf(me), () => describeEmailConfirmation(token))).toEqual({
      state: "expired",
      email: address,
    });
    await expect(runAsViewer(viewerOf(me), () => confirmSecondaryEmail(token))).rejects.toThrow(/expired/);
  });

  it("refuse an address that is someone else's without saying whose", async () => {
    const me = await makeCandidate();
    const other = await makeCandidate();
    const otherSecondary = uniqueEmail("theirs");
    await db.candidateEmail.create({ data: { userId: other.id, email: otherSecondary, confirmedAt: new Date() } });
    for (const address of [other.email, otherSecondary]) {
      const error = await runAsViewer(viewerOf(me), () => addSecondaryEmail(address)).catch((e) => e);
      expect(error.message).toMatch(/cannot be added/);
      expect(error.message).not.toContain(other.profile!.legalLastName);
      expect(error.message).not.toContain(other.email);
    }
    await expect(runAsViewer(viewerOf(me), () => addSecondaryEmail(me.email))).rejects.toThrow(/already your primary/);
    expect(await db.candidateEmail.count({ where: { userId: me.id } })).toBe(0);
  });

  it("a lapsed unconfirmed claim by someone else does not block the owner", async () => {
    const me = await makeCandidate();
    const squatter = await makeCandidate();
    const address = uniqueEmail("squat");
    await db.candidateEmail.create({
      data: { userId: squatter.id, email: address, createdAt: new Date(Date.now() - 25 * 3600 * 1000) },
    });
    await runAsViewer(viewerOf(me), () => addSecondaryEmail(address));
    expect((await db.candidateEmail.findUniqueOrThrow({ where: { email: address } })).userId).toBe(me.id);
  });

  it("can be removed only by their owner (another candidate's id is a 404)", async () => {
    const me = await makeCandidate();
    const other = await makeCandidate();
    const row = await db.candidateEmail.create({
      data: { userId: me.id, email: uniqueEmail("mine"), confirmedAt: new Date() },
    });
    await expectStatus(
      runAsViewer(viewerOf(other), () => removeSecondaryEmail(row.id)),
      404,
    );
    await expectStatus(
      runAsViewer(viewerOf(await makeStaff("ADMIN")), () => removeSecondaryEmail(row.id)),
      403,
    );
    expect(await db.candidateEmail.count({ where: { id: row.id } })).toBe(1);
    await runAsViewer(viewerOf(me), () => removeSecondaryEmail(row.id));
    expect(await db.candidateEmail.count({ where: { id: row.id } })).toBe(0);
  });

  it("asking again sends a new link and retires the old one", async () => {
    const me = await makeCandidate();
    const address = uniqueEmail("again");
    await runAsViewer(viewerOf(me), () => addSecondaryEmail(address));
    const first = tokenFrom(linksIn(await deliverMailTo(address))[0]);
    await runAsViewer(viewerOf(me), () => addSecondaryEmail(address));
    await expect(runAsViewer(viewerOf(me), () => confirmSecondaryEmail(first))).rejects.toThrow(
      /expired or was already used/,
    );
    expect(await db.actionToken.count({ where: { userId: me.id, usedAt: null } })).toBe(1);
  });
});
