import { imagePolicy } from "@/lib/security/route-policies";

/** Response helpers for the Open Badges endpoints: verifiers fetch them cross-origin, and revocation must show at once. */
const common = { "Access-Control-Allow-Origin": "*", "X-Content-Type-Options": "nosniff" };

export function jsonLd(body: unknown, init: { status?: number; cache?: "none" | "short" } = {}) {
  return new Response(JSON.stringify(body, null, 2), {
    status: init.status ?? 200,
    headers: {
      ...common,
      "Content-Type": "application/ld+json; charset=utf-8",
      "Cache-Control": init.cache === "short" ? "public, max-age=300" : "no-store",
    },
  });
}

export function notFoundJson() {
  return new Response(JSON.stringify({ error: "not found" }), {
    status: 404,
    headers: { ...common, "Content-Type": "application/json", "Cache-Control": "no-store" },
  });
}

export function bytes(body: Buffer, mimeType: string, opts: { filename?: string; cache?: "none" | "short" } = {}) {
  return new Response(new Uint8Array(body), {
    headers: {
      ...common,
      "Content-Type": mimeType,
      "Cache-Control": opts.cache === "short" ? "public, max-age=300" : "no-store",
      // An image opened directly must not run anything, whatever it contains (an SVG could try).
      "Content-Security-Policy": imagePolicy,
      ...(opts.filename ? { "Content-Disposition": `attachment; filename="${opts.filename}"` } : {}),
    },
  });
}

export function jwtResponse(jwt: string, filename?: string) {
  return new Response(jwt, {
    headers: {
      ...common,
      "Content-Type": "application/vc+jwt",
      "Cache-Control": "no-store",
      ...(filename ? { "Content-Disposition": `attachment; filename="${filename}"` } : {}),
    },
  });
}

export type IdParams = { params: Promise<{ id: string }> };
export type TemplateParams = { params: Promise<{ templateId: string }> };
