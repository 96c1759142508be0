/**
 * Draws the toolbar and store icons (public/icon/<size>.png) from shapes, with a tiny PNG writer on
 * node:zlib: no image tool or dependency. Run `npx tsx scripts/icons.ts` after changing the drawing;
 * the PNGs are committed, so builds don't run this.
 *
 * The drawing: a lens over two bars of different heights, competing figures side by side, on a dark tile.
 */
import { crc32, deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

type Rgba = [number, number, number, number];
/** A shape: signed distance from a point (in units of the icon's side) to its edge, negative inside. */
type Shape = (x: number, y: number) => number;

const roundedRect =
  (x0: number, y0: number, x1: number, y1: number, r: number): Shape =>
  (x, y) => {
    const cx = (x0 + x1) / 2;
    const cy = (y0 + y1) / 2;
    const qx = Math.abs(x - cx) - ((x1 - x0) / 2 - r);
    const qy = Math.abs(y - cy) - ((y1 - y0) / 2 - r);
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
  };

const ring =
  (cx: number, cy: number, radius: number, width: number): Shape =>
  (x, y) =>
    Math.abs(Math.hypot(x - cx, y - cy) - radius) - width / 2;

const capsule =
  (ax: number, ay: number, bx: number, by: number, width: number): Shape =>
  (x, y) => {
    const px = x - ax;
    const py = y - ay;
    const dx = bx - ax;
    const dy = by - ay;
    const h = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
    return Math.hypot(px - dx * h, py - dy * h) - width / 2;
  };

const TILE: Rgba = [36, 49, 63, 255];
const LENS: Rgba = [255, 255, 255, 255];
const BARS: Rgba = [242, 184, 75, 255];

/** Back to front. Small sizes get thicker strokes, so the lens still reads at 16 px. */
function layers(size: number): [Shape, Rgba][] {
  const bold = size <= 32 ? 1.35 : 1;
  return [
    [roundedRect(0.02, 0.02, 0.98, 0.98, 0.2), TILE],
    [roundedRect(0.3, 0.32, 0.4, 0.58, 0.02), BARS],
    [roundedRect(0.46, 0.42, 0.56, 0.58, 0.02), BARS],
    [ring(0.43, 0.45, 0.25, 0.075 * bold), LENS],
    [capsule(0.62, 0.64, 0.8, 0.82, 0.11 * bold), LENS],
  ];
}

/** RGBA pixels, 4×4 supersampled per pixel for smooth edges. */
export function drawIcon(size: number): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  const shapes = layers(size);
  const n = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const u = (x + (sx + 0.5) / n) / size;
          const v = (y + (sy + 0.5) / n) / size;
          let colour: Rgba | null = null;
          for (const [shape, fill] of shapes) if (shape(u, v) <= 0) colour = fill;
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 255;
          }
        }
      }
      const o = (y * size + x) * 4;
      const covered = a / 255;
      // Straight (not premultiplied) alpha, as PNG stores it.
      px[o] = covered ? Math.round(r / covered) : 0;
      px[o + 1] = covered ? Math.round(g / covered) : 0;
      px[o + 2] = covered ? Math.round(b / covered) : 0;
      px[o + 3] = Math.round(a / (n * n));
    }
  }
  return px;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** A truecolour-with-alpha, 8-bit, non-interlaced PNG. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    // Filter byte 0 (none) per row; deflate does well enough on icons this small.
    rows.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', new Uint8Array())]);
}

function main(): void {
  const dir = resolve(import.meta.dirname, '../public/icon');
  mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) {
    const png = encodePng(size, size, drawIcon(size));
    writeFileSync(join(dir, `${size}.png`), png);
    console.log(`public/icon/${size}.png  ${png.length} bytes`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
