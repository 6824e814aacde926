import "server-only";
import { db } from "@/lib/db";
import { requireAdmin } from "@/lib/admin/guard";

/** The state of the program, for admins. */
export async function getAdminOverview() {
  await requireAdmin();
  const [exams, certifications, templates, queuedJobs, failedJobs] = await Promise.all([
    db.exam.count({ where: { status: "ACTIVE" } }),
    db.certification.count({ where: { status: "ACTIVE" } }),
    db.badgeTemplate.count({ where: { inBadgeProgram: true, status: "ACTIVE" } }),
    db.job.count({ where: { status: { in: ["QUEUED", "RUNNING"] } } }),
    db.job.count({ where: { status: "FAILED" } }),
  ]);
  return { exams, certifications, templates, queuedJobs, failedJobs };
}
