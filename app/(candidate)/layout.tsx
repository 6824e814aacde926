import { guardAudience } from "@/lib/auth/page-guard";

export default async function CandidateLayout({ children }: { children: React.ReactNode }) {
  await guardAudience(["CANDIDATE"], "/dashboard");
  return children;
}
