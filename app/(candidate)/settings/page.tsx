import type { Metadata } from "next";
import { getMyBadgeSettings } from "@/lib/candidate/badges/badges";
import { PageHeader } from "@/components/ui/page-header";
import { SettingsForm } from "./settings-form";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const settings = await getMyBadgeSettings();
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader title="Settings" description="How badges reach you and who can see them." />
      <SettingsForm settings={settings} />
    </div>
  );
}
