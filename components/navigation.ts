import type { Role } from "@/lib/generated/prisma/enums";

export type NavLink = { href: string; label: string };

const candidate: NavLink[] = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/transcript", label: "Transcript" },
  { href: "/badges", label: "Badges" },
  { href: "/opportunities", label: "Opportunities" },
  { href: "/profile", label: "Profile" },
  { href: "/settings", label: "Settings" },
];
const support: NavLink[] = [
  { href: "/support", label: "Support console" },
  { href: "/support/unmatched", label: "Unmatched results" },
  { href: "/support/name-changes", label: "Name changes" },
  { href: "/support/audit", label: "Audit log" },
];
const admin: NavLink[] = [
  { href: "/admin", label: "Admin" },
  { href: "/admin/catalogue", label: "Catalogue" },
  { href: "/admin/templates", label: "Badge templates" },
  { href: "/admin/imports", label: "Imports" },
  { href: "/admin/issuance", label: "Issue and revoke" },
  { href: "/admin/postings", label: "Postings" },
  { href: "/admin/skills", label: "Skills" },
  { href: "/admin/outbox", label: "Outbox" },
];

/** What each audience sees in the menu. The pages check again: a link's absence is comfort, not a guard. */
export function navigationFor(role: Role | null): NavLink[] {
  if (role === "CANDIDATE") return candidate;
  if (role === "SUPPORT") return support;
  if (role === "ADMIN") return [...admin, ...support];
  return [];
}
