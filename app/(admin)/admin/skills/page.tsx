import type { Metadata } from "next";
import { listSkills } from "@/lib/admin/catalogue/skills";
import { Card, PageHeader } from "@/components/ui/card";
import { CreateSkillForm } from "./create-skill-form";
import { MergeSkillsForm } from "./merge-skills-form";
import { RenameSkillForm } from "./rename-skill-form";

export const metadata: Metadata = { title: "Skills" };

export default async function SkillsPage() {
  const skills = await listSkills();
  const options = skills.map((s) => ({ id: s.id, name: s.name }));
  return (
    <div className="space-y-6">
      <PageHeader
        title="Skills"
        description="The skill catalogue behind exams, certifications, badge templates and job postings. Candidates are matched to postings through it."
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <CreateSkillForm />
        <MergeSkillsForm skills={options} />
      </div>
      <Card title={`Catalogue (${skills.length})`}>
        <div className="overflow-x-auto">
          <table className="w-full min-w-[48rem] text-left text-sm">
            <caption className="sr-only">Skills and where each is used</caption>
            <thead className="border-b border-slate-300 text-slate-700">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">Skill</th>
                <th scope="col" className="py-2 pr-3 font-medium">Exams</th>
                <th scope="col" className="py-2 pr-3 font-medium">Certifications</th>
                <th scope="col" className="py-2 pr-3 font-medium">Badge templates</th>
                <th scope="col" className="py-2 pr-3 font-medium">Postings (current)</th>
                <th scope="col" className="py-2 font-medium">
                  <span className="sr-only">Rename</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {skills.map((s) => {
                const unused = s.exams.length + s.certifications.length + s.badgeTemplates + s.postings === 0;
                return (
                  <tr key={s.id} className="align-top">
                    <th scope="row" className="py-2 pr-3 text-left font-medium">
                      {s.name}
                      <div className="font-mono text-xs font-normal text-slate-600">{s.slug}</div>
                      {unused && <div className="text-xs font-normal text-slate-700">Not used anywhere</div>}
                    </th>
                    <td className="py-2 pr-3">{s.exams.join(", ") || "—"}</td>
                    <td className="py-2 pr-3">{s.certifications.join(", ") || "—"}</td>
                    <td className="py-2 pr-3">{s.badgeTemplates}</td>
                    <td className="py-2 pr-3">
                      {s.postings} ({s.currentPostings})
                    </td>
                    <td className="py-2">
                      <RenameSkillForm skillId={s.id} name={s.name} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </Card>
    </div>
  );
}
