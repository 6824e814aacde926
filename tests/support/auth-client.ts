import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";

const BASE = "http://localhost:3000";

/** A tiny cookie-keeping browser for the Auth.js route handlers, driven without a server. */
export function authClient() {
  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  function keep(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      const value = pair.slice(i + 1);
      if (value === "" || /Max-Age=0/i.test(c)) jar.delete(pair.slice(0, i));
      else jar.set(pair.slice(0, i), value);
    }
    return res;
  }
  async function request(method: "GET" | "POST", url: string, body?: Record<string, string>) {
    const req = new NextRequest(new URL(url, BASE), {
      method,
      headers: {
        cookie: cookieHeader(),
        ...(body ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
      body: body ? new URLSearchParams(body).toString() : undefined,
    });
    return keep(await (method === "GET" ? handlers.GET(req) : handlers.POST(req)));
  }
  return {
    cookies: jar,
    get: (url: string) => request("GET", url),
    async requestMagicLink(email: string, callbackUrl = "/dashboard") {
      const csrf = (await (await request("GET", "/api/auth/csrf")).json()) as { csrfToken: string };
      return request("POST", "/api/auth/signin/nodemailer", { email, csrfToken: csrf.csrfToken, callbackUrl });
    },
    async session() {
      return (await (await request("GET", "/api/auth/session")).json()) as {
        user?: { id: string; role: string; email: string };
      } | null;
    },
  };
}
