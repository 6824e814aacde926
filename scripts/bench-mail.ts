// `npx tsx scripts/bench-mail.ts [messages]`: mail from queueing to a local SMTP server on a throwaway embedded
// PostgreSQL, with bodies written beforehand, rendered from the template registry, and rendered through React
// Email for every message, alternating so that each kind sees the machine in the same state. Not part of the tests.
import { startSmtpSink } from "@/lib/email/smtp-sink";
import { benchDatabase } from "./bench/setup";
import type { MailBodies } from "./bench/mail";

const COUNT = Number(process.argv[2] ?? 2000);
const say = (line: string) => console.log(`[bench-mail] ${line}`);

let received = 0;
const sink = await startSmtpSink({ onMail: () => void received++ });
process.env.SMTP_URL = `smtp://127.0.0.1:${sink.port}`;
const database = await benchDatabase(39_100 + Math.floor(Math.random() * 400));
// Loaded only now that benchDatabase has set NODE_ENV=production: React's JSX runtime and react-dom/server must
// come from the same build, and react-dom/server is loaded at the first render.
const { db } = await import("@/lib/db");
const { mailThroughput } = await import("./bench/mail");

const kinds: MailBodies[] = ["prewritten", "registry", "react-email-each"];
const rates: Record<string, number[]> = {};
await mailThroughput(db, 200, () => received); // warm-up: pools, JIT, the templates' skeletons
for (let round = 0; round < 2; round++) {
  for (const kind of kinds) {
    const r = await mailThroughput(db, COUNT, () => received, kind, true);
    rates[kind] ??= [];
    rates[kind].push(r.perSecond);
    say(`${kind}: ${Math.round(r.perSecond)} messages/s`);
  }
}
const best = (kind: string) => Math.max(...rates[kind]);
say(
  `registry ÷ prewritten: ${(best("registry") / best("prewritten")).toFixed(2)}; React Email each ÷ prewritten: ${(best("react-email-each") / best("prewritten")).toFixed(2)}`,
);

await db.$disconnect();
await sink.close();
await database.stop();
