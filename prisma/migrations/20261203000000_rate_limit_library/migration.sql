-- Rate limits are counted by rate-limiter-flexible, in its own table layout (lib/security/rate-limit-store.ts).
-- The old counters are not carried over: the longest of them lasts a day, and a deploy resets them at worst once.
DROP TABLE "RateLimitBucket";

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);
