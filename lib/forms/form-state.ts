import type { ActionState } from "@/lib/forms/action-client";

/** Separate from the action client so client components can import it without pulling in server code. */
export const initialActionState: ActionState = { ok: false };
