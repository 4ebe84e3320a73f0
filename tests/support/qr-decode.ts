/**
 * Reads a QR code the way a phone camera does: pixels in, text out (jsQR). `decodeQrSvg` draws
 * an SVG from src/components/QrCode.astro as pixels without a browser (its path is unit squares:
 * `M x y h w v1 h-w z`), so every code of the built site can be read quickly; the browser tests
 * also read codes from what Chromium paints.
 */
import jsQR from 'jsqr';

export function decodeRgba(rgba: Uint8ClampedArray, width: number, height: number): string | undefined {
  return jsQR(rgba, width, height)?.data;
}

/** The QR codes in an HTML page: each svg.qr with its viewBox size and path. */
export function qrSvgsIn(html: string): { size: number; path: string; label: string }[] {
  return [...html.matchAll(/<svg class="qr"[^>]*viewBox="0 0 (\d+) \1"[^>]*aria-label="([^"]*)"[^>]*>.*?<path d="([^"]+)"/g)].map((match) => ({
    size: Number(match[1]),
    label: match[2]!.replace(/&amp;/g, '&'),
    path: match[3]!,
  }));
}

export function decodeQrPath(size: number, path: string, scale = 4): string | undefined {
  const width = size * scale;
  const rgba = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const run of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-?\d+z/g)) {
    const [x, y, length] = [Number(run[1]), Number(run[2]), Number(run[3])];
    for (let dy = 0; dy < scale; dy += 1) {
      for (let dx = 0; dx < length * scale; dx += 1) {
        const offset = ((y * scale + dy) * width + x * scale + dx) * 4;
        rgba[offset] = rgba[offset + 1] = rgba[offset + 2] = 0;
      }
    }
  }
  return decodeRgba(rgba, width, width);
}
