import type { Metadata } from "next";
import { catalogueChoices } from "@/lib/admin/catalogue/catalogue";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TemplateForm } from "../../_components/template-form";

export const metadata: Metadata = { title: "New badge template" };

export default async function NewTemplatePage() {
  const choices = await catalogueChoices();
  return (
    <div className="max-w-2xl">
      <PageHeader
        title="New badge template"
        description="Upload the artwork after creating it; until then the badge uses generated artwork."
      />
      <Card>
        <TemplateForm exams={choices.exams} certifications={choices.certifications} />
      </Card>
    </div>
  );
}
