import type { Browser, BrowserContext, Page } from "@playwright/test";
import { DEMO, signIn } from "./session";

// Shared by the upload specs: every way a file reaches the server must take the whole body or refuse it, naming its
// limit, and a refused upload leaves nothing behind.

export const PORT = Number(process.env.E2E_PORT);
export const API = "/api/imports/exam-results";
export const HEADER = "email,name,exam_code,date,score,pass,channel,source_record_id";
export const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/**
 * A valid exam-results CSV: every row a failed attempt by an address nobody has, so the import that follows stays
 * cheap (no certification, badge or mail). `pad` lengthens names and record ids to reach a size with fewer rows,
 * which spares the server's worker.
 */
export function resultsCsv(rows: number, pad = 0) {
  const run = stamp();
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    const k = String(i).padStart(6, "0");
    lines.push(
      `u${k}.${run}@example.com,Upload candidate ${k}${"x".repeat(pad)},AZ-900,2025-03-01,512,false,ONLINE,UP-${run}-${k}${"x".repeat(pad)}`,
    );
  }
  return Buffer.from(`${lines.join("\n")}\n`);
}

/** A CSV of exactly `bytes` bytes: one row repeated, the last copy cut wherever the size falls. */
export function csvOfSize(bytes: number) {
  const header = Buffer.from(`${HEADER}\n`);
  return Buffer.concat([
    header,
    Buffer.alloc(
      bytes - header.length,
      `u.${stamp()}@example.com,Upload candidate,AZ-900,2025-03-01,512,false,ONLINE,UP-${stamp()}\n`,
    ),
  ]);
}

/** A refusal must have finished before "nothing was stored" means anything; the server answers first, so wait. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 3000));

export type AdminSession = { cookie: string; state: Awaited<ReturnType<BrowserContext["storageState"]>> };

/**
 * Signs the demo admin in once; the tests reuse the cookie (raw requests) and the storage state (pages). Workers
 * sign the same account in at once, and signIn() gives up quietly after a few links used by another worker, so the
 * session is checked here: a test that accepts any 4xx would otherwise pass on a 401 and fail later for no reason.
 */
export async function adminSession(browser: Browser): Promise<AdminSession> {
  for (let attempt = 1; ; attempt++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, DEMO.admin);
    const cookies = await context.cookies();
    const signedIn = cookies.some((c) => c.name.endsWith("authjs.session-token"));
    const session = {
      cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; "),
      state: await context.storageState(),
    };
    await context.close();
    if (signedIn) return session;
    if (attempt === 5) throw new Error("The demo admin could not be signed in");
  }
}

export async function adminPage(browser: Browser, session: AdminSession) {
  const context = await browser.newContext({ storageState: session.state });
  return { context, page: await context.newPage() };
}

/** Records every POST the page sends, to show a refused file never left the browser. */
export function watchPosts(page: Page) {
  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST") posts.push(r.url());
  });
  return posts;
}
