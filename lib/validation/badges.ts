import { z } from "zod";

/** Badge ids are UUIDs (the stable id in verification URLs). */
export const badgeId = z.uuid("That is not a badge id");

/** A claim token as it appears in the link: 32 random bytes, base64url. */
export const claimToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "That claim link is not valid");

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export const badgeDecisionSchema = z.object({
  badgeId,
  decision: z.enum(["accept", "reject"]),
  /** Rejection is final: the form asks the candidate to confirm it. */
  confirm: checkbox.optional(),
});

export const claimDecisionSchema = z.object({
  token: claimToken,
  decision: z.enum(["accept", "reject"]),
  confirm: checkbox.optional(),
});

export const badgeVisibilitySchema = z.object({
  badgeId,
  public: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export const badgeSettingsSchema = z.object({
  autoAcceptBadges: checkbox,
  profilePublic: checkbox,
  linkBadgesToProfile: checkbox,
});

export const imageQuery = z.object({
  size: z.coerce
    .number()
    .int()
    .pipe(z.union([z.literal(300), z.literal(600)]))
    .catch(600),
});

export const publicSlug = z.string().regex(/^[a-z0-9]{4,32}$/, "That profile address is not valid");
