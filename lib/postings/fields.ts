import type { Prisma } from "@/lib/generated/prisma/client";

/** The columns every list of postings shows, for candidates and admins alike. */
export const postingListFields = {
  id: true,
  title: true,
  employer: true,
  location: true,
  remote: true,
  salaryMin: true,
  salaryMax: true,
  currency: true,
  url: true,
  postedOn: true,
  closesOn: true,
} as const satisfies Prisma.JobPostingSelect;
