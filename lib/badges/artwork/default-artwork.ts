import { escapeHtml } from "@/lib/html";

export type ArtworkInput = {
  name: string;
  level?: "FUNDAMENTALS" | "ASSOCIATE" | "EXPERT" | "SPECIALTY" | "EXAM" | null;
  code?: string | null;
};

/** One colour per level, each dark enough for white text (contrast above 7:1). */
export const levelColours: Record<NonNullable<ArtworkInput["level"]>, { fill: string; ring: string; label: string }> = {
  FUNDAMENTALS: { fill: "#166534", ring: "#bbf7d0", label: "Fundamentals" },
  ASSOCIATE: { fill: "#1e40af", ring: "#bfdbfe", label: "Associate" },
  EXPERT: { fill: "#6b21a8", ring: "#e9d5ff", label: "Expert" },
  SPECIALTY: { fill: "#115e59", ring: "#99f6e4", label: "Specialty" },
  EXAM: { fill: "#334155", ring: "#e2e8f0", label: "Exam" },
};

/** Greedy word wrap to at most `maxLines` lines of about `width` characters; the last line is cut with an ellipsis. */
export function wrapTitle(title: string, width = 16, maxLines = 4): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of title.split(/\s+/).filter(Boolean)) {
    if (!line) line = word;
    else if (`${line} ${word}`.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1].slice(0, width - 1)}…`;
  return kept;
}

const hexagon = (cx: number, cy: number, r: number) =>
  Array.from({ length: 6 }, (_, i) => {
    const a = (Math.PI / 3) * i - Math.PI / 2;
    return `${(cx + r * Math.cos(a)).toFixed(1)},${(cy + r * Math.sin(a)).toFixed(1)}`;
  }).join(" ");

/**
 * Default badge artwork for templates without an uploaded design: a hexagon in the level's colour with the title.
 * Self-contained (no fonts fetched, no scripts), with a <title> so it is announced as an image with a name.
 */
export function badgeArtworkSvg(input: ArtworkInput): string {
  const colour = levelColours[input.level ?? "EXAM"] ?? levelColours.EXAM;
  const lines = wrapTitle(input.name.replace(/^Exam [A-Z0-9-]+:\s*/, ""), 16, 4);
  const lineHeight = 38;
  const top = 300 - ((lines.length - 1) * lineHeight) / 2 + 12;
  const text = lines
    .map(
      (l, i) =>
        `<text x="300" y="${top + i * lineHeight}" font-size="32" font-weight="700" text-anchor="middle" fill="#ffffff">${escapeHtml(l)}</text>`,
    )
    .join("");
  const label = escapeHtml(input.code ? `${colour.label} · ${input.code}` : colour.label);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600" viewBox="0 0 600 600" role="img" aria-labelledby="badge-title">
<title id="badge-title">${escapeHtml(input.name)} badge</title>
<polygon points="${hexagon(300, 300, 290)}" fill="${colour.ring}"/>
<polygon points="${hexagon(300, 300, 262)}" fill="${colour.fill}"/>
<polygon points="${hexagon(300, 300, 236)}" fill="none" stroke="#ffffff" stroke-opacity="0.55" stroke-width="4"/>
<g font-family="DejaVu Sans, Segoe UI, Helvetica, Arial, sans-serif">
<text x="300" y="150" font-size="24" font-weight="600" text-anchor="middle" fill="#ffffff" letter-spacing="2">${label.toUpperCase()}</text>
${text}
<rect x="200" y="440" width="200" height="6" rx="3" fill="${colour.ring}"/>
</g>
</svg>`;
}
