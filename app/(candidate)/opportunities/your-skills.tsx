import { Card } from "@/components/ui/card";
import type { MyPostings } from "@/lib/candidate/postings/postings";

export function YourSkills({ skills, certifications }: Pick<MyPostings, "skills" | "certifications">) {
  return (
    <Card title="What we match on">
      <p className="text-sm text-slate-700">
        Skills come from every exam you passed and from your active certifications. A certification that has expired no
        longer counts, though the exams you passed for it still do.
      </p>
      {certifications.length > 0 && (
        <p className="mt-3 text-sm">
          <span className="font-semibold text-slate-900">Active certifications: </span>
          {certifications.map((c) => c.title).join(", ")}
        </p>
      )}
      <h3 className="mt-3 text-sm font-semibold text-slate-900">Your skills ({skills.length})</h3>
      {skills.length === 0 ? (
        <p className="text-sm text-slate-700">None yet.</p>
      ) : (
        <ul className="mt-2 flex flex-wrap gap-2" aria-label="Your skills">
          {skills.map((s) => (
            <li key={s.id} className="rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-900">
              {s.name}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
