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

type PostingListRow = Prisma.JobPostingGetPayload<{ select: typeof postingListFields }>;

/** The same columns, copied out of a row that carries more. */
export function postingListItem(p: PostingListRow) {
  return {
    id: p.id,
    title: p.title,
    employer: p.employer,
    location: p.location,
    remote: p.remote,
    salaryMin: p.salaryMin,
    salaryMax: p.salaryMax,
    currency: p.currency,
    url: p.url,
    postedOn: p.postedOn,
    closesOn: p.closesOn,
  };
}
