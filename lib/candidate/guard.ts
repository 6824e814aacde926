import "server-only";
import { formActionClient } from "@/lib/forms/action-client";
import { requireRole } from "@/lib/session";

/**
 * The candidate entry layer: a candidate's own records, badges, profile and postings. Every data function here
 * starts with requireCandidate() and reads only the viewer's own rows; every action is a candidateAction.
 */
export const requireCandidate = () => requireRole("CANDIDATE");

export const candidateAction = formActionClient(requireCandidate);
