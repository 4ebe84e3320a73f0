/**
 * QR codes, made at build time as inline SVG so a phone camera opens a page straight from the
 * screen or the paper: no image file, no script, no request to anyone. `uqr` (unjs) encodes;
 * this module draws each row's dark runs as one path, which keeps the markup small.
 */
import { encode } from 'uqr';

export interface QrCode {
  /** Modules per side, the quiet zone included. */
  size: number;
  /** One SVG path of every dark module. */
  path: string;
}

/** Four modules of light border, as the standard asks, so cameras find the code on any background. */
export const quietZone = 4;

/**
 * Codes already drawn, by text. A page's address is drawn for its share view and again on the
 * handouts: its own and every other language's that has it as second column (the Swedish and
 * English addresses, up to 11 times). Encoding (the mask search above all) was the build's
 * largest single cost after rendering.
 */
const drawn = new Map<string, QrCode>();

export function qrCode(text: string): QrCode {
  let code = drawn.get(text);
  if (!code) {
    code = drawQrCode(text);
    drawn.set(text, code);
  }
  return code;
}

function drawQrCode(text: string): QrCode {
  // M (15 %) survives a crease or a smudge on a printed handout; page addresses stay small codes.
  const { data, size } = encode(text, { ecc: 'M', border: quietZone });
  const parts: string[] = [];
  data.forEach((row, y) => {
    let x = 0;
    while (x < size) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < size && row[x]) x += 1;
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  });
  return { size, path: parts.join('') };
}
