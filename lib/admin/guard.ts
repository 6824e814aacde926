import "server-only";
import { formActionClient } from "@/lib/forms/action-client";
import { requireRole } from "@/lib/session";

/**
 * The admin entry layer: the catalogue, templates, imports, issuance, the outbox, postings and renewals. Every
 * data function here starts with requireAdmin(); every action is an adminAction.
 */
export const requireAdmin = () => requireRole("ADMIN");

export const adminAction = formActionClient(requireAdmin);
