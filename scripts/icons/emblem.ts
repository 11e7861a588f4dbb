// The department's icon, drawn once here: a red disc with a yellow rim, a five-pointed star and a small
// broadcast mast sending signal arcs (original art, not a state emblem). It yields both app/icon.svg and
// the PNG images inside app/favicon.ico (scripts/make-icons.ts writes them), so the two never disagree.
import { deflateSync, crc32 } from "node:zlib";

const RED = "#DA251D";
const YELLOW = "#FFCD00";
const VIEW = 64; // the drawing's coordinate space: 64 × 64

type Point = readonly [number, number];
type Shape =
  | { kind: "disc"; c: Point; r: number; fill: string }
  | { kind: "ring"; c: Point; r: number; width: number; fill: string }
  | { kind: "polygon"; points: Point[]; fill: string }
  | { kind: "arc"; c: Point; r: number; from: number; to: number; width: number; fill: string };

const deg = (d: number) => (d * Math.PI) / 180;

function star(c: Point, outer: number): Point[] {
  const inner = outer * 0.382; // a regular star's inner radius
  return Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 ? inner : outer;
    const a = deg(-90 + i * 36);
    return [c[0] + r * Math.cos(a), c[1] + r * Math.sin(a)] as const;
  });
}

/** Painted in order, later shapes on top. */
export const EMBLEM: Shape[] = [
  { kind: "disc", c: [32, 32], r: 31, fill: RED },
  { kind: "ring", c: [32, 32], r: 28.5, width: 2, fill: YELLOW },
  { kind: "polygon", points: star([32, 23], 12.5), fill: YELLOW },
  { kind: "polygon", points: [[32, 39], [27, 53], [37, 53]], fill: YELLOW },
  ...[8, 13.5].flatMap((r): Shape[] => [
    { kind: "arc", c: [32, 41], r, from: -30, to: 30, width: 2.6, fill: YELLOW },
    { kind: "arc", c: [32, 41], r, from: 150, to: 210, width: 2.6, fill: YELLOW },
  ]),
];

const n = (v: number) => Number(v.toFixed(2)).toString();

export function emblemSvg(): string {
  const body = EMBLEM.map((s) => {
    switch (s.kind) {
      case "disc":
        return `<circle cx="${n(s.c[0])}" cy="${n(s.c[1])}" r="${n(s.r)}" fill="${s.fill}"/>`;
      case "ring":
        return `<circle cx="${n(s.c[0])}" cy="${n(s.c[1])}" r="${n(s.r)}" fill="none" stroke="${s.fill}" stroke-width="${n(s.width)}"/>`;
      case "polygon":
        return `<polygon points="${s.points.map((p) => `${n(p[0])},${n(p[1])}`).join(" ")}" fill="${s.fill}"/>`;
      case "arc": {
        const at = (a: number) => `${n(s.c[0] + s.r * Math.cos(deg(a)))} ${n(s.c[1] + s.r * Math.sin(deg(a)))}`;
        return `<path d="M${at(s.from)}A${n(s.r)} ${n(s.r)} 0 0 1 ${at(s.to)}" fill="none" stroke="${s.fill}" stroke-width="${n(s.width)}" stroke-linecap="round"/>`;
      }
    }
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${VIEW} ${VIEW}">`,
    "<title>Sở Thông tin và Truyền thông</title>",
    ...body,
    "</svg>",
    "",
  ].join("\n");
}

function inPolygon(x: number, y: number, pts: Point[]): boolean {
  let inside = false;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i]!;
    const [xj, yj] = pts[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function covers(s: Shape, x: number, y: number): boolean {
  switch (s.kind) {
    case "disc":
      return Math.hypot(x - s.c[0], y - s.c[1]) <= s.r;
    case "ring":
      return Math.abs(Math.hypot(x - s.c[0], y - s.c[1]) - s.r) <= s.width / 2;
    case "polygon":
      return inPolygon(x, y, s.points);
    case "arc": {
      const dx = x - s.c[0];
      const dy = y - s.c[1];
      let a = (Math.atan2(dy, dx) * 180) / Math.PI;
      if (a < s.from) a += 360;
      if (a <= s.to) return Math.abs(Math.hypot(dx, dy) - s.r) <= s.width / 2;
      // Round caps: near either end point.
      return [s.from, s.to].some((e) => Math.hypot(x - (s.c[0] + s.r * Math.cos(deg(e))), y - (s.c[1] + s.r * Math.sin(deg(e)))) <= s.width / 2);
    }
  }
}

const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/** RGBA pixels of the emblem at size × size, 8 × 8 samples a pixel for smooth edges. */
export function rasterize(size: number): Buffer {
  const out = Buffer.alloc(size * size * 4);
  const k = 8;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < k; sy++) {
        for (let sx = 0; sx < k; sx++) {
          const x = ((px + (sx + 0.5) / k) * VIEW) / size;
          const y = ((py + (sy + 0.5) / k) * VIEW) / size;
          let top: string | undefined;
          for (const s of EMBLEM) if (covers(s, x, y)) top = s.fill;
          if (!top) continue;
          const [cr, cg, cb] = rgb(top);
          r += cr; g += cg; b += cb; a++;
        }
      }
      const o = (py * size + px) * 4;
      if (a) {
        out[o] = Math.round(r / a);
        out[o + 1] = Math.round(g / a);
        out[o + 2] = Math.round(b / a);
      }
      out[o + 3] = Math.round((a / (k * k)) * 255);
    }
  }
  return out;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([len, body, crc]);
}

/** A PNG (RGBA, 8 bits) of square pixels. */
export function encodePng(size: number, rgba: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  const raw = Buffer.alloc(size * (1 + size * 4));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (1 + size * 4) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

export const ICO_SIZES = [16, 32, 48] as const;

/** An ICO file holding one PNG per size (PNG entries: every browser and Windows since Vista read them). */
export function emblemIco(): Buffer {
  const pngs = ICO_SIZES.map((s) => encodePng(s, rasterize(s)));
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach((png, i) => {
    const e = 6 + 16 * i;
    header[e] = ICO_SIZES[i]!;
    header[e + 1] = ICO_SIZES[i]!;
    header.writeUInt16LE(1, e + 4); // colour planes
    header.writeUInt16LE(32, e + 6); // bits per pixel
    header.writeUInt32LE(png.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...pngs]);
}
