import type { Metadata } from "next";
import { listSkills } from "@/lib/admin/catalogue/skills";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { RowHeader, Table, Td, Th } from "@/components/ui/table";
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
        <Table caption="Skills and where each is used" minWidth="48rem">
          <thead>
            <tr>
              <Th>Skill</Th>
              <Th>Exams</Th>
              <Th>Certifications</Th>
              <Th>Badge templates</Th>
              <Th>Postings (current)</Th>
              <Th>
                <span className="sr-only">Rename</span>
              </Th>
            </tr>
          </thead>
          <tbody>
            {skills.map((s) => {
              const unused = s.exams.length + s.certifications.length + s.badgeTemplates + s.postings === 0;
              return (
                <tr key={s.id}>
                  <RowHeader>
                    {s.name}
                    <div className="font-mono text-xs font-normal text-slate-600">{s.slug}</div>
                    {unused && <div className="text-xs font-normal text-slate-700">Not used anywhere</div>}
                  </RowHeader>
                  <Td>{s.exams.join(", ") || "—"}</Td>
                  <Td>{s.certifications.join(", ") || "—"}</Td>
                  <Td>{s.badgeTemplates}</Td>
                  <Td>
                    {s.postings} ({s.currentPostings})
                  </Td>
                  <Td>
                    <RenameSkillForm skillId={s.id} name={s.name} />
                  </Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      </Card>
    </div>
  );
}
