import { guardAudience } from "@/lib/auth/page-guard";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await guardAudience(["ADMIN"], "/admin");
  return children;
}
