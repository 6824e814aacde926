import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { consumeSignInAttempt } from "@/lib/auth/sign-in-limit";
import { tooManyRequests } from "@/lib/security/rate-limit";
import { clientAddress } from "@/lib/security/client-address";
import { emailAddress } from "@/lib/validation/auth";

export const { GET } = handlers;

/**
 * The body as Auth.js reads it (@auth/core's getBody tests the content type with these same substrings), so the
 * address limited here is the one Auth.js goes on to mail. Anything else it would not read at all.
 */
async function signInBody(request: NextRequest): Promise<Record<string, unknown> | undefined> {
  const type = request.headers.get("content-type") ?? "";
  if (type.includes("application/json"))
    return (await request
      .clone()
      .json()
      .catch(() => undefined)) as Record<string, unknown> | undefined;
  if (type.includes("application/x-www-form-urlencoded"))
    return Object.fromEntries(new URLSearchParams(await request.clone().text()));
  return undefined;
}

/** Auth.js, with a rate limit in front of the endpoint that sends sign-in emails. */
export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith("/signin/nodemailer")) {
    const body = await signInBody(request);
    if (!body || typeof body !== "object") {
      return Response.json(
        { error: "Send the sign-in form as application/x-www-form-urlencoded or JSON." },
        { status: 415 },
      );
    }
    const email = emailAddress.safeParse(body.email);
    if (!email.success)
      return Response.json({ error: "Enter an email address like name@example.com." }, { status: 400 });
    const limit = await consumeSignInAttempt(email.data, clientAddress(request.headers));
    if (!limit.allowed) return tooManyRequests(limit, "Too many sign-in requests. Please wait and try again.");
  }
  return handlers.POST(request);
}
