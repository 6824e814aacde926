import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { consumeSignInAttempt } from "@/lib/auth/sign-in-limit";
import { clientIp, tooManyRequests } from "@/lib/security/rate-limit";

export const { GET } = handlers;

/** Auth.js, with a rate limit in front of the endpoint that sends sign-in emails. */
export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith("/signin/nodemailer")) {
    const form = await request.clone().formData().catch(() => null);
    const email = String(form?.get("email") ?? "");
    const limit = await consumeSignInAttempt(email, clientIp(request.headers));
    if (!limit.allowed) return tooManyRequests(limit, "Too many sign-in requests. Please wait and try again.");
  }
  return handlers.POST(request);
}
