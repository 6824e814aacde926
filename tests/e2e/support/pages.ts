import { readdirSync, statSync } from "node:fs";
import path from "node:path";

// Every page without a dynamic segment, found on disk. Where a page belongs is its route group: (candidate),
// (support), (admin); anything else is public.
export type Audience = "public" | "candidate" | "staff" | "admin";

export function pages(dir = "app", prefix = ""): { route: string; audience: Audience }[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (!statSync(full).isDirectory())
      return name === "page.tsx" ? [{ route: prefix || "/", audience: "public" as Audience }] : [];
    if (name.startsWith("[") || name === "api") return [];
    const group = /^\((\w+)\)$/.exec(name)?.[1];
    const found = pages(full, group ? prefix : `${prefix}/${name}`);
    if (!group) return found;
    const audience: Audience =
      group === "candidate" ? "candidate" : group === "support" ? "staff" : group === "admin" ? "admin" : "public";
    return found.map((p) => ({ ...p, audience: p.audience === "public" ? audience : p.audience }));
  });
}
