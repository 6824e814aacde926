import { guardAudience } from "@/lib/auth/page-guard";

export default async function SupportLayout({ children }: { children: React.ReactNode }) {
  await guardAudience(["SUPPORT", "ADMIN"], "/support");
  return children;
}
