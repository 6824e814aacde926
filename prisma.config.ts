import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { pgConfigFromUrl } from "./lib/db/pg-config";

/**
 * The migration CLI runs on Prisma's WebAssembly schema engine through the pg driver adapter, because the native
 * engine binaries cannot be downloaded on our machines (Prisma 7 has no such path, hence Prisma 6.19).
 */
function adapterFactory(): SqlMigrationAwareDriverAdapterFactory {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run migrations through `npm run dev` or set it explicitly.");
  const factory = new PrismaPg(pgConfigFromUrl(url));
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => factory.connect(),
    // Adapter defect (@prisma/adapter-pg 7.10.1): its shadow-database disposer drops the database while its own
    // pool still holds connections, so Postgres refuses ("is being accessed by other users") and
    // `migrate dev` / `migrate diff --from-migrations` fail. Close the shadow pool first, then drop.
    connectToShadowDb: async () => {
      const main = await factory.connect();
      const database = `prisma_shadow_${crypto.randomUUID().replace(/-/g, "")}`;
      await main.executeScript(`CREATE DATABASE "${database}"`);
      const shadow = await new PrismaPg({ ...pgConfigFromUrl(url), database }).connect();
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await main.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
        await main.dispose();
      };
      return shadow;
    },
  };
}

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed.ts" },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => adapterFactory(),
});
