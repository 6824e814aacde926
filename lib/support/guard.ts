import "server-only";
import { formActionClient } from "@/lib/forms/action-client";
import { requireRole } from "@/lib/session";

/**
 * The support entry layer: casework open to support staff and admins. Every data function here starts with
 * requireStaff(), so everyone else gets 401/403 before anything is read; every action is a staffAction.
 */
export const requireStaff = () => requireRole("SUPPORT", "ADMIN");

export const staffAction = formActionClient(requireStaff);
