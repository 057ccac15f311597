/**
 * Draws the Teams app icons (appPackage/color.png 192×192, appPackage/outline.png 32×32) and
 * writes them as PNG with nothing but node:zlib. Run: `npx tsx scripts/make-icons.ts`.
 * The glyph is a house with a door (a new home — bosetting), drawn as distance-field strokes
 * and supersampled so the edges are anti-aliased at both sizes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

/** An RGBA colour, each channel 0–255. */
export type Rgba = readonly [number, number, number, number];

/** An image as tightly packed RGBA rows. */
export interface RgbaImage {
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint8Array;
}

/** Accent colour of the app (also `accentColor` in the manifest). */
export const ACCENT: Rgba = [0x20, 0x60, 0x7a, 0xff];
const WHITE: Rgba = [0xff, 0xff, 0xff, 0xff];
const TRANSPARENT: Rgba = [0, 0, 0, 0];

type Point = readonly [number, number];
const ROOF: readonly Point[] = [
  [0.06, 0.5],
  [0.5, 0.1],
  [0.94, 0.5],
];
const WALLS: readonly Point[] = [
  [0.2, 0.4],
  [0.2, 0.9],
  [0.8, 0.9],
  [0.8, 0.4],
];
const DOOR = { left: 0.41, right: 0.59, top: 0.6, bottom: 0.9 } as const;
const STROKE = 0.085;
const SAMPLES = 4;

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

function onPolyline(p: Point, line: readonly Point[]): boolean {
  for (let i = 1; i < line.length; i += 1) {
    if (distanceToSegment(p, line[i - 1]!, line[i]!) <= STROKE / 2) return true;
  }
  return false;
}

/** Whether a point of the unit square (0–1 on both axes) belongs to the glyph. */
export function inGlyph(x: number, y: number): boolean {
  const inDoor = x >= DOOR.left && x <= DOOR.right && y >= DOOR.top && y <= DOOR.bottom;
  return inDoor || onPolyline([x, y], ROOF) || onPolyline([x, y], WALLS);
}

/** Share (0–1) of a glyph-box pixel that the glyph covers, by SAMPLES² supersampling. */
function coverage(px: number, py: number, box: number): number {
  let hits = 0;
  for (let sy = 0; sy < SAMPLES; sy += 1) {
    for (let sx = 0; sx < SAMPLES; sx += 1) {
      if (inGlyph((px + (sx + 0.5) / SAMPLES) / box, (py + (sy + 0.5) / SAMPLES) / box)) hits += 1;
    }
  }
  return hits / (SAMPLES * SAMPLES);
}

/** Renders the glyph centred in a `size` square, `glyphBox` pixels wide, over `background`. */
export function renderIcon(size: number, glyphBox: number, background: Rgba, ink: Rgba): RgbaImage {
  const pixels = new Uint8Array(size * size * 4);
  const offset = (size - glyphBox) / 2;
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const c = coverage(x - offset, y - offset, glyphBox);
      const alpha = ink[3] * c + background[3] * (1 - c);
      const i = (y * size + x) * 4;
      for (let ch = 0; ch < 3; ch += 1) {
        // Premultiplied blend, then un-premultiply, so a transparent background stays pure white ink.
        const premultiplied = ink[ch]! * ink[3] * c + background[ch]! * background[3] * (1 - c);
        pixels[i + ch] = alpha === 0 ? 0 : Math.round(premultiplied / alpha);
      }
      pixels[i + 3] = Math.round(alpha);
    }
  }
  return { width: size, height: size, pixels };
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes an RGBA image as a PNG (8-bit RGBA, filter type 0 on every row). */
export function encodePng(image: RgbaImage): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(image.width, 0);
  header.writeUInt32BE(image.height, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type 6 (RGBA), deflate, no filter set, no interlace
  const rowBytes = image.width * 4;
  const raw = Buffer.alloc((rowBytes + 1) * image.height);
  for (let y = 0; y < image.height; y += 1) {
    raw[y * (rowBytes + 1)] = 0;
    raw.set(image.pixels.subarray(y * rowBytes, (y + 1) * rowBytes), y * (rowBytes + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Writes color.png (full-bleed accent background) and outline.png (white on transparent). */
export function writeIcons(appPackageDir: string): void {
  writeFileSync(join(appPackageDir, 'color.png'), encodePng(renderIcon(192, 120, ACCENT, WHITE)));
  writeFileSync(join(appPackageDir, 'outline.png'), encodePng(renderIcon(32, 28, TRANSPARENT, WHITE)));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeIcons(join(process.cwd(), 'appPackage'));
}
