import type { Db } from "@/lib/db";
import { createCandidate } from "@/lib/accounts/create-candidate";
import { addMonths } from "@/lib/rules/account-activity";
import { earnedOn, earnedStatus, expiryFor, newCertificateNumber, renewedExpiry } from "@/lib/rules/certification";
import { foldForSearch } from "@/lib/rules/search-text";
import type { DeliveryChannel } from "@/lib/generated/prisma/enums";
import { certifications, exams } from "./catalogue-data";
import type { Random } from "./random";

export const DEMO = {
  admin: "admin@certdash.example",
  support: "support@certdash.example",
  candidate: "candidate@certdash.example",
};

const FIRST = [
  "Lucía",
  "Amara",
  "Chen",
  "Oliver",
  "Priya",
  "Mateo",
  "Zoë",
  "Kwame",
  "Ingrid",
  "Hiro",
  "Fatima",
  "Liam",
  "Aoife",
  "Dmitri",
  "Nia",
  "Rafael",
  "Sofía",
  "Tomasz",
  "Yara",
  "Ethan",
  "Mei",
  "Jonas",
  "Léa",
  "Omar",
  "Hannah",
];
const LAST = [
  "Fernández",
  "Okafor",
  "Wang",
  "Smith",
  "Sharma",
  "García",
  "Müller",
  "Mensah",
  "Johansson",
  "Tanaka",
  "Haddad",
  "O'Brien",
  "Nguyễn",
  "Petrov",
  "Adeyemi",
  "Silva",
  "López",
  "Kowalski",
  "Costa",
  "Brown",
  "Lin",
  "Schmidt",
  "Dubois",
  "Khan",
  "Becker",
];

type Result = { examCode: string; takenOn: Date; score: number; passed: boolean; channel: DeliveryChannel };
const day = 24 * 60 * 60 * 1000;

function channelFor(code: string, rnd: Random): DeliveryChannel {
  if (code.startsWith("MO-")) return "CERTIPORT";
  return rnd.chance(0.55) ? "ONLINE" : "TEST_CENTER";
}

/** A plausible exam history: a few tracks, some failed first attempts, dates before each exam retired. */
function randomHistory(rnd: Random, now: Date): Result[] {
  const results: Result[] = [];
  const tracks = rnd.int(1, 6);
  for (let i = 0; i < tracks; i++) {
    const exam = rnd.pick(exams);
    const latest = exam.retiredOn ? new Date(exam.retiredOn).getTime() - 30 * day : now.getTime() - 7 * day;
    let when = latest - rnd.int(0, 6 * 365) * day;
    if (when < Date.UTC(2017, 0, 1)) continue;
    const attempts = rnd.chance(0.25) ? 2 : 1;
    for (let a = 0; a < attempts; a++) {
      const passed = a === attempts - 1 ? rnd.chance(0.85) : false;
      results.push({
        examCode: exam.code,
        takenOn: new Date(when),
        score: passed ? rnd.int(700, 980) : rnd.int(420, 690),
        passed,
        channel: channelFor(exam.code, rnd),
      });
      when += rnd.int(20, 60) * day;
    }
  }
  return results;
}

/** The demo candidate's history, relative to today so "expiring soon" and "new badge" stay true. */
function demoHistory(now: Date): Result[] {
  const adminExpiry = addMonths(now, 4); // renewal window open
  const adminEarned = addMonths(adminExpiry, -12 * 5);
  return [
    { examCode: "AZ-900", takenOn: addMonths(now, -80), score: 874, passed: true, channel: "ONLINE" },
    { examCode: "AZ-104", takenOn: addMonths(adminEarned, -2), score: 655, passed: false, channel: "TEST_CENTER" },
    { examCode: "AZ-104", takenOn: adminEarned, score: 812, passed: true, channel: "TEST_CENTER" },
    { examCode: "DP-203", takenOn: new Date("2022-02-14"), score: 768, passed: true, channel: "ONLINE" },
    { examCode: "AZ-204", takenOn: addMonths(now, -30), score: 731, passed: true, channel: "ONLINE" },
    { examCode: "MO-200", takenOn: new Date("2020-06-03"), score: 901, passed: true, channel: "CERTIPORT" },
    { examCode: "MO-100", takenOn: new Date("2020-09-21"), score: 866, passed: true, channel: "CERTIPORT" },
    { examCode: "74-343", takenOn: new Date("2018-11-05"), score: 790, passed: true, channel: "TEST_CENTER" },
    { examCode: "AI-102", takenOn: new Date(now.getTime() - 9 * day), score: 845, passed: true, channel: "ONLINE" },
  ];
}

async function recordHistory(
  db: Db,
  userId: string,
  email: string,
  name: string,
  history: Result[],
  ids: { examIds: Map<string, string>; certIds: Map<string, string> },
  rnd: Random,
  now: Date,
  renew: (code: string) => number,
) {
  if (history.length === 0) return;
  const counter = { n: await db.examResult.count() };
  await db.examResult.createMany({
    data: history.map((r) => ({
      userId,
      examId: ids.examIds.get(r.examCode)!,
      takenOn: r.takenOn,
      score: r.score,
      passed: r.passed,
      channel: r.channel,
      sourceRecordId: `SEED-${String(++counter.n).padStart(6, "0")}`,
      sourceEmail: email,
      sourceName: name,
    })),
  });
  const passes = history
    .filter((r) => r.passed)
    .map((r) => ({ examId: ids.examIds.get(r.examCode)!, takenOn: r.takenOn }));
  for (const c of certifications) {
    const earned = earnedOn(
      {
        kind: c.requirement ?? "ONE",
        requiredCount: c.requiredCount,
        examIds: c.exams.map((code) => ids.examIds.get(code)!),
      },
      passes,
    );
    if (!earned) continue;
    let expiresOn = expiryFor(earned, c.validityMonths);
    const renewals: { renewedOn: Date; previousExpiresOn: Date; newExpiresOn: Date }[] = [];
    for (let i = renew(c.code); expiresOn && c.validityMonths && i > 0 && !c.retiredOn; i--) {
      const next = renewedExpiry(expiresOn, c.validityMonths);
      const renewedOn = new Date(expiresOn.getTime() - rnd.int(10, 150) * day);
      if (renewedOn > now) break;
      renewals.push({ renewedOn, previousExpiresOn: expiresOn, newExpiresOn: next });
      expiresOn = next;
    }
    await db.earnedCertification.create({
      data: {
        userId,
        certificationId: ids.certIds.get(c.code)!,
        earnedOn: earned,
        expiresOn,
        renewedOn: renewals.at(-1)?.renewedOn ?? null,
        status: earnedStatus({ expiresOn, certificationRetired: Boolean(c.retiredOn) }, now),
        certificateNumber: newCertificateNumber(),
        renewals: { create: renewals.map((r) => ({ ...r, source: "renewal assessment" })) },
      },
    });
  }
}

export async function seedPeople(
  db: Db,
  ids: { examIds: Map<string, string>; certIds: Map<string, string> },
  rnd: Random,
) {
  const now = new Date();
  await db.user.createMany({
    data: [
      { email: DEMO.admin, name: "Morgan Reyes", role: "ADMIN", emailVerified: now },
      { email: DEMO.support, name: "Sam Okoro", role: "SUPPORT", emailVerified: now },
    ],
  });

  const demo = await db.$transaction((tx) =>
    createCandidate(tx, {
      email: DEMO.candidate,
      legalFirstName: "Lucía",
      legalLastName: "Fernández",
      preferredName: "Lucy",
      emailVerified: now,
    }),
  );
  await db.candidateProfile.update({
    where: { userId: demo.id },
    data: {
      phone: "+44 20 7946 0958",
      addressLine1: "12 Harbour Street",
      city: "Bristol",
      postalCode: "BS1 4RN",
      country: "GB",
      locale: "en-GB",
    },
  });
  await db.user.update({ where: { id: demo.id }, data: { lastSignInAt: new Date(now.getTime() - 3 * day) } });
  await recordHistory(db, demo.id, DEMO.candidate, "Lucía Fernández", demoHistory(now), ids, rnd, now, (code) =>
    code === "CLOUD-ADMINISTRATOR" ? 4 : 0,
  );

  for (let i = 0; i < 50; i++) {
    const first = FIRST[i % FIRST.length];
    const last = LAST[(i * 7 + 3) % LAST.length];
    const email = `${foldForSearch(first)}.${foldForSearch(last).replace(/[^a-z]/g, "")}${i}@example.com`;
    // Some never signed in (their badges wait for them), some drifted past two years of inactivity.
    const kind = i % 10 === 0 ? "never" : i % 10 === 1 ? "inactive" : "active";
    const createdAt = new Date(now.getTime() - rnd.int(400, 2900) * day);
    const user = await db.$transaction((tx) =>
      createCandidate(tx, {
        email,
        legalFirstName: first,
        legalLastName: last,
        emailVerified: kind === "never" ? null : createdAt,
        createdAt,
        locale: rnd.pick(["en-US", "en-GB", "es-ES", "de-DE", "fr-FR", "ja-JP"]),
      }),
    );
    if (kind !== "never") {
      const lastSignInAt =
        kind === "inactive"
          ? new Date(now.getTime() - rnd.int(740, 1200) * day)
          : new Date(now.getTime() - rnd.int(1, 300) * day);
      await db.user.update({
        where: { id: user.id },
        data: { lastSignInAt, status: kind === "inactive" ? "INACTIVE" : "ACTIVE" },
      });
    }
    await recordHistory(db, user.id, email, `${first} ${last}`, randomHistory(rnd, now), ids, rnd, now, () =>
      rnd.int(0, 3),
    );
  }

  // Results whose address matches nobody: the "email mismatch" case support resolves.
  await db.examResult.createMany({
    data: [
      { examCode: "AZ-900", email: "l.fernandez@oldmail.example", name: "Lucia Fernandez", id: "PV-7781203" },
      { examCode: "SC-900", email: "kwame.m@partner.example", name: "Kwame Mensah", id: "PV-7781377" },
      { examCode: "MO-300", email: "yara.costa@school.example", name: "Yara Costa", id: "CP-5520198" },
    ].map((r, n) => ({
      examId: ids.examIds.get(r.examCode)!,
      takenOn: new Date(now.getTime() - (20 + n * 11) * day),
      score: 780 + n * 31,
      passed: true,
      channel: r.id.startsWith("CP") ? ("CERTIPORT" as const) : ("ONLINE" as const),
      sourceRecordId: r.id,
      sourceEmail: r.email,
      sourceName: r.name,
    })),
  });
}
