import { describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { viewerForSessionToken } from "@/lib/auth/session-cookie";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS, sessionCookieName } from "@/lib/auth/session-policy";
import { authClient } from "../support/auth-client";
import { makeCandidate, makeStaff } from "../support/factories";

const DAY = 24 * 60 * 60 * 1000;

async function sessionFor(userId: string, expires: Date) {
  const sessionToken = randomBytes(32).toString("hex");
  await db.session.create({ data: { sessionToken, userId, expires } });
  return sessionToken;
}

/** Auth.js's own answer for the same cookie, through its session endpoint. */
async function authJsSession(token: string) {
  const browser = authClient();
  browser.cookies.set(sessionCookieName("http://localhost:3000"), token);
  return browser.session();
}

describe("reading the viewer from the session cookie without Auth.js's handler", () => {
  it("gives what Auth.js's session endpoint gives, for each role", async () => {
    for (const user of [await makeCandidate(), await makeStaff("SUPPORT"), await makeStaff("ADMIN")]) {
      const token = await sessionFor(user.id, new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000));
      const viewer = await viewerForSessionToken(token);
      expect(viewer).toEqual({ userId: user.id, role: user.role, email: user.email, name: user.name });
      const session = await authJsSession(token);
      expect(session?.user).toEqual({
        id: viewer!.userId,
        role: viewer!.role,
        email: viewer!.email,
        name: viewer!.name,
      });
    }
  });

  it("knows nobody for a token that is not a session", async () => {
    expect(await viewerForSessionToken(randomBytes(32).toString("hex"))).toBeNull();
  });

  it("leaves an expired session to Auth.js, which deletes it and knows nobody", async () => {
    const user = await makeCandidate();
    const token = await sessionFor(user.id, new Date(Date.now() - 1000));
    expect(await viewerForSessionToken(token)).toBeUndefined();
    expect(await authJsSession(token)).toBeNull();
    expect(await db.session.count({ where: { sessionToken: token } })).toBe(0);
  });

  it("leaves a session due to slide its expiry to Auth.js, and reads it again once slid", async () => {
    const user = await makeCandidate();
    const due = new Date(Date.now() + (SESSION_MAX_AGE_SECONDS - SESSION_UPDATE_AGE_SECONDS) * 1000 - DAY / 24);
    const token = await sessionFor(user.id, due);
    expect(await viewerForSessionToken(token)).toBeUndefined();
    expect((await authJsSession(token))?.user?.id).toBe(user.id);
    const slid = await db.session.findUniqueOrThrow({ where: { sessionToken: token } });
    expect(slid.expires.getTime()).toBeGreaterThan(due.getTime() + DAY / 2);
    expect(await viewerForSessionToken(token)).toMatchObject({ userId: user.id });
  });
});

describe("the session cookie's name", () => {
  it("is __Secure- prefixed over HTTPS only", () => {
    expect(sessionCookieName("https://certs.example")).toBe("__Secure-authjs.session-token");
    expect(sessionCookieName("http://localhost:3000")).toBe("authjs.session-token");
  });
});
