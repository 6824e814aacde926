import type { Metadata } from "next";
import { requireRole } from "@/lib/session";
import { Card, PageHeader } from "@/components/ui/card";
import { ExamForm } from "../../../_components/exam-form";

export const metadata: Metadata = { title: "New exam" };

export default async function NewExamPage() {
  await requireRole("ADMIN");
  return (
    <div className="max-w-2xl">
      <PageHeader title="New exam" />
      <Card><ExamForm /></Card>
    </div>
  );
}
