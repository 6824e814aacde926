import type { Role } from "@/lib/generated/prisma/enums";

/** Who is asking: the minimum every data access function needs to decide. */
export type Viewer = { userId: string; role: Role; email: string; name?: string | null };
