import Link from "next/link";
import type { ComponentProps } from "react";
import { type ButtonSize, type ButtonVariant, buttonClass } from "./button-styles";

type Props = ComponentProps<typeof Link> & { variant?: ButtonVariant; size?: ButtonSize };

/** A link that leads somewhere but looks like a button: "New exam", "Download PDF". */
export function ButtonLink({ variant = "primary", size = "md", className = "", ...props }: Props) {
  return <Link className={buttonClass(variant, size, className)} {...props} />;
}
