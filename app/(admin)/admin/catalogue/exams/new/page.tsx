import type { Metadata } from "next";
import { requireRole } from "@/lib/session";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ExamForm } from "../../../_components/exam-form";

export const metadata: Metadata = { title: "New exam" };

export default async function NewExamPage() {
  await requireRole("ADMIN");
  return (
    <div className="max-w-2xl">
      <PageHeader title="New exam" />
      <Card>
        <ExamForm />
      </Card>
    </div>
  );
}
