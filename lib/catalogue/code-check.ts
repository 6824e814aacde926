import { DomainError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

/** The field error for a catalogue code (an exam's, a certification's) that another entry already uses. */
export const codeTaken = (code: string, what: string) =>
  new DomainError(`The code ${code} is already used by another ${what}.`, {
    code: [`${code} is already in use: choose another code.`],
  });

/** Turns a lost race on the unique code into the same field error the pre-check gives. */
export async function withCodeCheck<T>(code: string, what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw codeTaken(code, what);
    throw error;
  }
}
