// The committed site icons are the drawing in scripts/icons/emblem.ts: app/icon.svg byte for byte, and
// app/favicon.ico a valid ICO whose PNG images hold exactly the drawing's pixels at 16, 32 and 48 px.
// (Regenerate with `npx tsx scripts/make-icons.ts` after changing the drawing.)
import fs from "node:fs";
import path from "node:path";
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { ICO_SIZES, emblemSvg, rasterize } from "@/scripts/icons/emblem";

const app = path.resolve(import.meta.dirname, "../../../app");

/** Width, height and RGBA pixels of a PNG written with filter type 0 on every row (as encodePng does). */
function decodePng(png: Buffer): { width: number; height: number; rgba: Buffer } {
  expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  let at = 8;
  let width = 0, height = 0;
  const idat: Buffer[] = [];
  while (at < png.length) {
    const len = png.readUInt32BE(at);
    const type = png.toString("ascii", at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + len);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([data[8], data[9]]).toEqual([8, 6]); // 8-bit RGBA
    }
    if (type === "IDAT") idat.push(data);
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (1 + width * 4)]).toBe(0);
    raw.copy(rgba, y * width * 4, y * (1 + width * 4) + 1, (y + 1) * (1 + width * 4));
  }
  return { width, height, rgba };
}

describe("site icons", () => {
  it("app/icon.svg is the drawing", () => {
    expect(fs.readFileSync(path.join(app, "icon.svg"), "utf8")).toBe(emblemSvg());
  });

  it("app/favicon.ico holds the drawing at 16, 32 and 48 px", () => {
    const ico = fs.readFileSync(path.join(app, "favicon.ico"));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, ICO_SIZES.length]);
    ICO_SIZES.forEach((size, i) => {
      const e = 6 + 16 * i;
      expect([ico[e], ico[e + 1], ico.readUInt16LE(e + 6)]).toEqual([size, size, 32]);
      const png = ico.subarray(ico.readUInt32LE(e + 12), ico.readUInt32LE(e + 12) + ico.readUInt32LE(e + 8));
      const image = decodePng(png);
      expect([image.width, image.height]).toEqual([size, size]);
      expect(image.rgba.equals(rasterize(size))).toBe(true);
    });
  });

  it("draws a red disc with a yellow star on transparent corners", () => {
    const size = 48;
    const image = rasterize(size);
    const px = (x: number, y: number) => [...image.subarray((y * size + x) * 4, (y * size + x) * 4 + 4)];
    expect(px(0, 0)[3]).toBe(0); // corner: outside the disc
    expect(px(24, 17)).toEqual([0xff, 0xcd, 0x00, 255]); // the star's centre
    expect(px(6, 24)).toEqual([0xda, 0x25, 0x1d, 255]); // the disc, left of the mast and waves
  });
});
