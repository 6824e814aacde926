import type { PoolConfig } from "pg";

/**
 * Turns a postgres:// URL into discrete pg fields. The Prisma adapter's shadow database for migrations is made by
 * spreading this config with another `database`; a bare `connectionString` would win over that field and the
 * shadow would silently be the main database.
 */
export function pgConfigFromUrl(url: string): PoolConfig {
  const u = new URL(url);
  if (u.protocol !== "postgres:" && u.protocol !== "postgresql:") {
    throw new Error(`DATABASE_URL must be a postgres:// URL, got ${u.protocol}`);
  }
  const sslmode = u.searchParams.get("sslmode");
  return {
    host: decodeURIComponent(u.hostname) || "localhost",
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres",
    ssl: sslmode && sslmode !== "disable" ? { rejectUnauthorized: sslmode === "verify-full" } : undefined,
    max: u.searchParams.get("connection_limit") ? Number(u.searchParams.get("connection_limit")) : undefined,
  };
}
