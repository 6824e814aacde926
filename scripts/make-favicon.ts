// Redraws public/favicon.ico and public/apple-touch-icon.png from public/icon.svg, the one drawing of the mark.
// Run after changing the SVG: npx tsx scripts/make-favicon.ts (the results are committed; nothing runs at build).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";

/**
 * Packs PNG images into an ICO file. Every browser and Windows since Vista read PNG entries, so the container is
 * all there is to it: a 6-byte header and a 16-byte directory entry per image (sizes of 256 and more are written
 * as 0). Written here rather than taken from a package because it is this short and runs only when the icon is
 * redrawn, never in the app.
 */
function packIco(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

const publicDir = path.resolve(import.meta.dirname, "../public");
const svg = readFileSync(path.join(publicDir, "icon.svg"));
const VIEWBOX = 32;

// Rendered at each size from the vector (not scaled down from one bitmap), so the small ones stay crisp.
const render = (size: number) =>
  sharp(svg, { density: (72 * size * 4) / VIEWBOX })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();

const sizes = [16, 32, 48];
const ico = packIco(await Promise.all(sizes.map(async (size) => ({ size, png: await render(size) }))));
writeFileSync(path.join(publicDir, "favicon.ico"), ico);

// iOS fills transparency with black and rounds the corners itself: the mark on the brand's palest blue, with room.
const mark = await render(132);
const touch = await sharp({ create: { width: 180, height: 180, channels: 4, background: "#eff6ff" } })
  .composite([{ input: mark, left: 24, top: 24 }])
  .png({ compressionLevel: 9 })
  .toBuffer();
writeFileSync(path.join(publicDir, "apple-touch-icon.png"), touch);
console.log(`favicon.ico ${ico.length} bytes (${sizes.join(", ")} px), apple-touch-icon.png ${touch.length} bytes`);
