"use client";

import { useActionState } from "react";
import { updateBadgeSettingsAction } from "@/lib/candidate/badges/actions/update-badge-settings";
import { initialActionState } from "@/lib/forms/form-state";
import type { BadgeSettings } from "@/lib/candidate/badges/badges";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { FormStatus } from "@/components/ui/form-status";

export function SettingsForm({ settings }: { settings: BadgeSettings }) {
  const [state, formAction, pending] = useActionState(updateBadgeSettingsAction, initialActionState);
  return (
    <form action={formAction} className="space-y-6">
      <Card title="Badges">
        <Checkbox
          name="autoAcceptBadges"
          label="Accept new badges automatically"
          hint="New badges go straight into your list. We still email you about each one."
          defaultChecked={settings.autoAcceptBadges}
        />
      </Card>
      <Card title="Public profile">
        <div className="space-y-4">
          <Checkbox
            name="profilePublic"
            label="Make my profile public"
            hint={`Your public profile at ${settings.profileUrl} lists your public badges. When off, the page does not exist for anyone.`}
            defaultChecked={settings.profilePublic}
          />
          <Checkbox
            name="linkBadgesToProfile"
            label="Link my badge pages to my profile"
            hint="Verification pages of your public badges show a link to your public profile."
            defaultChecked={settings.linkBadgesToProfile}
          />
        </div>
      </Card>
      <div className="flex items-center gap-4">
        <Button disabled={pending}>Save settings</Button>
        <FormStatus message={state.message} ok={state.ok} />
      </div>
    </form>
  );
}
