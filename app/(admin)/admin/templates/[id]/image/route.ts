import { templateImageForPreview } from "@/lib/admin/templates/templates";

/** The artwork for the admin preview, including templates not yet public. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const size = Number(new URL(request.url).searchParams.get("size") ?? 300);
  const image = await templateImageForPreview(id, "png", size);
  return new Response(new Uint8Array(image.bytes), {
    headers: {
      "content-type": image.mimeType,
      "cache-control": "private, max-age=60",
      "x-content-type-options": "nosniff",
    },
  });
}
