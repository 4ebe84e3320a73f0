/**
 * The app icons phones ask for when a reader adds the guide to the home screen, drawn at build
 * time from the favicon's shapes (a green rounded square with a white "N") and encoded as PNG.
 * Node only (zlib); no image library needed for two shapes.
 */
import { deflateSync } from 'node:zlib';

export interface AppIcon {
  /** File name under /icons/. */
  name: string;
  size: number;
  /** Maskable icons fill the square: the launcher cuts its own shape, keeping the middle 80 %. */
  purpose: 'any' | 'maskable';
}

export const appIcons: readonly AppIcon[] = [
  { name: 'icon-192.png', size: 192, purpose: 'any' },
  { name: 'icon-512.png', size: 512, purpose: 'any' },
  { name: 'icon-maskable-192.png', size: 192, purpose: 'maskable' },
  { name: 'icon-maskable-512.png', size: 512, purpose: 'maskable' },
  { name: 'apple-touch-icon.png', size: 180, purpose: 'maskable' },
];

export function appIconUrl(icon: AppIcon): string {
  return `/icons/${icon.name}`;
}

/** The brand green of the favicon and the header. */
export const iconBackground = [0x00, 0x5a, 0x30] as const;

/** The favicon's "N" on its 32-unit grid. */
const letterN: readonly [number, number][] = [[9, 23], [9, 9], [12, 9], [20, 19], [20, 9], [23, 9], [23, 23], [20, 23], [12, 13], [12, 23]];

function insidePolygon(x: number, y: number, polygon: readonly [number, number][]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function insideRoundedSquare(x: number, y: number, size: number, radius: number): boolean {
  const cx = Math.min(Math.max(x, radius), size - radius);
  const cy = Math.min(Math.max(y, radius), size - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** RGBA pixels of an icon, four samples a pixel for smooth edges. */
export function drawIcon(icon: AppIcon): Uint8Array {
  const { size } = icon;
  const pixels = new Uint8Array(size * size * 4);
  // A maskable icon shrinks the letter into the safe zone and fills the whole square.
  const letterScale = icon.purpose === 'maskable' ? 0.7 : 1;
  const radius = icon.purpose === 'maskable' ? 0 : (size * 6) / 32;
  const samples = [0.25, 0.75];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let background = 0;
      let letter = 0;
      for (const sy of samples) {
        for (const sx of samples) {
          const px = x + sx;
          const py = y + sy;
          if (!insideRoundedSquare(px, py, size, radius)) continue;
          background += 1;
          const gx = ((px / size - 0.5) / letterScale + 0.5) * 32;
          const gy = ((py / size - 0.5) / letterScale + 0.5) * 32;
          if (insidePolygon(gx, gy, letterN)) letter += 1;
        }
      }
      const at = (y * size + x) * 4;
      const white = letter / 4;
      pixels[at] = Math.round(iconBackground[0] * (1 - white) + 255 * white);
      pixels[at + 1] = Math.round(iconBackground[1] * (1 - white) + 255 * white);
      pixels[at + 2] = Math.round(iconBackground[2] * (1 - white) + 255 * white);
      pixels[at + 3] = Math.round((background / 4) * 255);
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A truecolour-with-alpha PNG of square RGBA pixels. */
export function encodePng(pixels: Uint8Array, size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // no filter
    Buffer.from(pixels.buffer, pixels.byteOffset + y * size * 4, size * 4).copy(rows, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', new Uint8Array())]);
}
