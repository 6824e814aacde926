import type { Db } from "@/lib/db";
import { seededRandom, type Random } from "./random";

// Demo job market: about 150 current postings and some closed ones, from fictional employers, spread over places,
// currencies and remote/on-site, each linked to catalogue skills and often to the certification it asks for.
// Dates are relative to today so "current" stays true whenever the demo is loaded.

type Role = { titles: string[]; certification: string; skills: string[]; extra: string[]; baseGbp: number };

const roles: Role[] = [
  {
    titles: ["Cloud Administrator", "Cloud Infrastructure Engineer", "Cloud Operations Engineer"],
    certification: "CLOUD-ADMINISTRATOR",
    skills: ["Cloud administration", "Virtual networking", "Identity and access", "Storage"],
    extra: ["Business continuity", "Server administration"],
    baseGbp: 52_000,
  },
  {
    titles: ["Cloud Developer", "Backend Engineer (Cloud)", "Software Engineer, Serverless"],
    certification: "CLOUD-DEVELOPER",
    skills: ["Cloud development", "Serverless", "Storage"],
    extra: ["Source control", "Continuous delivery"],
    baseGbp: 58_000,
  },
  {
    titles: ["Cloud Solutions Architect", "Principal Cloud Architect"],
    certification: "SOLUTIONS-ARCHITECT",
    skills: ["Solution architecture", "Cloud administration", "Business continuity"],
    extra: ["Virtual networking", "Cloud security"],
    baseGbp: 82_000,
  },
  {
    titles: ["DevOps Engineer", "Platform Engineer", "Site Reliability Engineer"],
    certification: "DEVOPS-ENGINEER",
    skills: ["DevOps", "Continuous delivery", "Source control"],
    extra: ["Cloud administration", "Serverless"],
    baseGbp: 68_000,
  },
  {
    titles: ["Cloud Security Engineer", "Security Engineer"],
    certification: "SECURITY-ENGINEER",
    skills: ["Cloud security", "Identity and access", "Security operations"],
    extra: ["Network security", "Threat detection"],
    baseGbp: 70_000,
  },
  {
    titles: ["Network Engineer", "Cloud Network Specialist"],
    certification: "NETWORK-ENGINEER",
    skills: ["Virtual networking", "Network security"],
    extra: ["Cloud administration"],
    baseGbp: 55_000,
  },
  {
    titles: ["Security Operations Analyst", "SOC Analyst"],
    certification: "SECURITY-OPERATIONS",
    skills: ["Security operations", "Threat detection"],
    extra: ["Identity and access", "Compliance"],
    baseGbp: 48_000,
  },
  {
    titles: ["Identity and Access Engineer", "IAM Administrator"],
    certification: "IDENTITY-ADMIN",
    skills: ["Identity and access", "Hybrid identity"],
    extra: ["Compliance", "Cloud security"],
    baseGbp: 56_000,
  },
  {
    titles: ["AI Engineer", "Machine Learning Engineer", "Applied AI Developer"],
    certification: "AI-ENGINEER",
    skills: ["Machine learning", "Natural language processing", "Computer vision"],
    extra: ["Cloud development", "Data science"],
    baseGbp: 72_000,
  },
  {
    titles: ["Data Scientist", "Senior Data Scientist"],
    certification: "DATA-SCIENTIST",
    skills: ["Machine learning", "Data science"],
    extra: ["Data analytics", "Data visualisation"],
    baseGbp: 64_000,
  },
  {
    titles: ["Analytics Engineer", "Data Engineer"],
    certification: "ANALYTICS-ENGINEER",
    skills: ["Data engineering", "Data analytics", "Data pipelines"],
    extra: ["Relational data"],
    baseGbp: 62_000,
  },
  {
    titles: ["Database Administrator", "Database Reliability Engineer"],
    certification: "DATABASE-ADMINISTRATOR",
    skills: ["Relational data", "Database administration"],
    extra: ["Business continuity"],
    baseGbp: 54_000,
  },
  {
    titles: ["Data Analyst", "Business Intelligence Analyst", "Reporting Analyst"],
    certification: "DATA-ANALYST",
    skills: ["Data analytics", "Data visualisation"],
    extra: ["Spreadsheets", "Relational data"],
    baseGbp: 42_000,
  },
  {
    titles: ["Low-Code Developer", "Process Automation Developer"],
    certification: "LOWCODE-DEVELOPER",
    skills: ["Low-code apps", "Process automation"],
    extra: ["Cloud development"],
    baseGbp: 47_000,
  },
  {
    titles: ["Workplace Platform Administrator", "Collaboration Administrator"],
    certification: "PRODUCTIVITY-ADMIN",
    skills: ["Collaboration tools", "Identity and access", "Compliance"],
    extra: ["Cloud concepts"],
    baseGbp: 50_000,
  },
  {
    titles: ["Office Administrator", "Executive Assistant", "Administrative Coordinator"],
    certification: "OFFICE-SPECIALIST",
    skills: ["Document production", "Spreadsheets", "Presentations"],
    extra: ["Collaboration tools"],
    baseGbp: 29_000,
  },
  {
    titles: ["Virtual Desktop Engineer", "End-User Computing Engineer"],
    certification: "VIRTUAL-DESKTOP",
    skills: ["Virtual desktops", "Identity and access"],
    extra: ["Cloud administration"],
    baseGbp: 53_000,
  },
  {
    titles: ["Systems Administrator", "Hybrid Infrastructure Administrator"],
    certification: "HYBRID-SERVER-ADMIN",
    skills: ["Server administration", "Hybrid identity"],
    extra: ["Business continuity", "Virtual networking"],
    baseGbp: 46_000,
  },
  {
    titles: ["Cloud Support Associate", "IT Service Desk Analyst (Cloud)"],
    certification: "CLOUD-FUNDAMENTALS",
    skills: ["Cloud concepts", "Cloud pricing and support"],
    extra: ["Collaboration tools"],
    baseGbp: 30_000,
  },
];

type Place = { location: string; remoteLabel: string; currency: string; factor: number; round: number };
const uk: Place[] = [
  {
    location: "London, United Kingdom",
    remoteLabel: "Remote, United Kingdom",
    currency: "GBP",
    factor: 1.15,
    round: 1000,
  },
  {
    location: "Bristol, United Kingdom",
    remoteLabel: "Remote, United Kingdom",
    currency: "GBP",
    factor: 1,
    round: 1000,
  },
  {
    location: "Manchester, United Kingdom",
    remoteLabel: "Remote, United Kingdom",
    currency: "GBP",
    factor: 0.95,
    round: 1000,
  },
  {
    location: "Edinburgh, United Kingdom",
    remoteLabel: "Remote, United Kingdom",
    currency: "GBP",
    factor: 0.95,
    round: 1000,
  },
];
const elsewhere: Place[] = [
  { location: "Dublin, Ireland", remoteLabel: "Remote, Ireland", currency: "EUR", factor: 1.25, round: 1000 },
  { location: "Berlin, Germany", remoteLabel: "Remote, Germany", currency: "EUR", factor: 1.15, round: 1000 },
  { location: "Amsterdam, Netherlands", remoteLabel: "Remote, Europe", currency: "EUR", factor: 1.2, round: 1000 },
  { location: "Madrid, Spain", remoteLabel: "Remote, Spain", currency: "EUR", factor: 0.85, round: 1000 },
  {
    location: "Seattle, WA, United States",
    remoteLabel: "Remote, United States",
    currency: "USD",
    factor: 1.85,
    round: 1000,
  },
  {
    location: "Austin, TX, United States",
    remoteLabel: "Remote, United States",
    currency: "USD",
    factor: 1.6,
    round: 1000,
  },
  {
    location: "New York, NY, United States",
    remoteLabel: "Remote, United States",
    currency: "USD",
    factor: 1.9,
    round: 1000,
  },
  { location: "Toronto, Canada", remoteLabel: "Remote, Canada", currency: "CAD", factor: 1.75, round: 1000 },
  { location: "Sydney, Australia", remoteLabel: "Remote, Australia", currency: "AUD", factor: 1.9, round: 1000 },
  { location: "Singapore", remoteLabel: "Remote, Singapore", currency: "SGD", factor: 1.7, round: 1000 },
  { location: "Tokyo, Japan", remoteLabel: "Remote, Japan", currency: "JPY", factor: 170, round: 100_000 },
  { location: "Bengaluru, India", remoteLabel: "Remote, India", currency: "INR", factor: 28, round: 50_000 },
];

const employers = [
  "Contoso",
  "Fabrikam",
  "Northwind Traders",
  "Tailspin Toys",
  "Woodgrove Bank",
  "Adventure Works",
  "Litware",
  "Proseware",
  "Wide World Importers",
  "Alpine Ski House",
  "Fourth Coffee",
  "Lamna Healthcare",
  "Relecloud",
  "Trey Research",
  "Coho Winery",
  "Margie's Travel",
  "Humongous Insurance",
  "Blue Yonder Airlines",
];

const day = 24 * 60 * 60 * 1000;
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

function pickSome<T>(rnd: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length) out.push(pool.splice(Math.floor(rnd.next() * pool.length), 1)[0]);
  return out;
}

const CURRENT = 150;
const CLOSED = 24;

export async function seedPostings(db: Db, rnd: Random = seededRandom(8)) {
  const now = new Date();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const certs = new Map(
    (await db.certification.findMany({ select: { id: true, code: true } })).map((c) => [c.code, c.id]),
  );
  const skills = new Map((await db.skill.findMany({ select: { id: true, name: true } })).map((s) => [s.name, s.id]));

  for (let i = 0; i < CURRENT + CLOSED; i++) {
    const role = roles[i % roles.length];
    const cycle = Math.floor(i / roles.length);
    const closed = i >= CURRENT;
    // The first cycles are in the UK and ask for the certification, so every certification has enough data in
    // one currency for its salary insight; later ones spread over the world.
    const place = cycle < 3 ? uk[(i + cycle) % uk.length] : rnd.chance(0.35) ? rnd.pick(uk) : rnd.pick(elsewhere);
    const wantsCertification = cycle < 3 || rnd.chance(0.45);
    const remote = rnd.chance(0.3);
    const level = rnd.pick([0.8, 1, 1, 1.2, 1.45]);
    const title = `${level >= 1.45 ? "Senior " : level <= 0.8 ? "Junior " : ""}${rnd.pick(role.titles)}`;
    const core = pickSome(rnd, role.skills, Math.max(1, role.skills.length - rnd.int(0, 1)));
    const extra = rnd.chance(0.5) ? pickSome(rnd, role.extra, 1) : [];
    const mid = role.baseGbp * level * place.factor * (0.9 + rnd.next() * 0.2);
    const spread = 0.1 + rnd.next() * 0.12;
    const hasSalary = cycle < 3 || rnd.chance(0.88);
    const r = (v: number) => Math.round(v / place.round) * place.round;
    const postedOn = closed ? today - rnd.int(70, 200) * day : today - rnd.int(0, 55) * day;
    const closesOn = closed ? postedOn + rnd.int(20, 60) * day : rnd.chance(0.6) ? today + rnd.int(7, 75) * day : null;
    const employer = employers[(i * 5 + cycle) % employers.length];
    const externalId = `DEMO-${String(i + 1).padStart(4, "0")}`;
    await db.jobPosting.create({
      data: {
        externalId,
        title,
        employer,
        location: remote ? place.remoteLabel : place.location,
        remote,
        salaryMin: hasSalary ? r(mid * (1 - spread)) : null,
        salaryMax: hasSalary ? r(mid * (1 + spread)) : null,
        currency: hasSalary ? place.currency : null,
        url: `https://careers.${slug(employer)}.example/jobs/${externalId.toLowerCase()}`,
        postedOn: new Date(postedOn),
        closesOn: closesOn === null ? null : new Date(closesOn),
        certificationId: wantsCertification ? (certs.get(role.certification) ?? null) : null,
        skills: { connect: [...core, ...extra].filter((n) => skills.has(n)).map((n) => ({ id: skills.get(n)! })) },
      },
    });
  }
}
