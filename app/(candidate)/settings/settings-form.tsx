"use client";

import { useActionState } from "react";
import { updateBadgeSettingsAction } from "@/lib/candidate/badges/actions/update-badge-settings";
import { initialActionState } from "@/lib/forms/form-state";
import type { BadgeSettings } from "@/lib/candidate/badges/badges";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormStatus } from "@/components/ui/form-status";

function Toggle({ name, label, hint, defaultChecked }: { name: string; label: string; hint: string; defaultChecked: boolean }) {
  return (
    <div className="flex gap-3">
      <input id={`setting-${name}`} type="checkbox" name={name} defaultChecked={defaultChecked} aria-describedby={`setting-${name}-hint`} className="mt-1 h-4 w-4" />
      <div>
        <label htmlFor={`setting-${name}`} className="font-semibold text-slate-900">
          {label}
        </label>
        <p id={`setting-${name}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      </div>
    </div>
  );
}

export function SettingsForm({ settings }: { settings: BadgeSettings }) {
  const [state, formAction, pending] = useActionState(updateBadgeSettingsAction, initialActionState);
  return (
    <form action={formAction} className="space-y-6">
      <Card title="Badges">
        <Toggle name="autoAcceptBadges" label="Accept new badges automatically" hint="New badges go straight into your list. We still email you about each one." defaultChecked={settings.autoAcceptBadges} />
      </Card>
      <Card title="Public profile">
        <div className="space-y-4">
          <Toggle name="profilePublic" label="Make my profile public" hint={`Your public profile at ${settings.profileUrl} lists your public badges. When off, the page does not exist for anyone.`} defaultChecked={settings.profilePublic} />
          <Toggle name="linkBadgesToProfile" label="Link my badge pages to my profile" hint="Verification pages of your public badges show a link to your public profile." defaultChecked={settings.linkBadgesToProfile} />
        </div>
      </Card>
      <div className="flex items-center gap-4">
        <Button disabled={pending}>Save settings</Button>
        <FormStatus message={state.message} ok={state.ok} />
      </div>
    </form>
  );
}
