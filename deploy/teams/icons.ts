import { PNG } from 'pngjs';
import { TEAMS_DEFAULTS } from './teamsEnv';

/** Sizes Teams requires; the manifest schema does not check them. */
export const ICON_SIZES = Object.freeze({ color: 192, outline: 32 });

type Rgb = readonly [number, number, number];

/**
 * The mark, in unit coordinates (0..1, y down): a staircase of three steps with a person standing on the top one,
 * "climbing the career ladder to care manager". One shape for both icons so they always match.
 */
function insideMark(x: number, y: number): boolean {
  const boxes: ReadonlyArray<readonly [number, number, number, number]> = [
    [0.14, 0.62, 0.4, 0.84], // step 1
    [0.4, 0.46, 0.64, 0.84], // step 2
    [0.64, 0.3, 0.88, 0.84], // step 3
    [0.71, 0.2, 0.81, 0.3], // the person's body
  ];
  if (boxes.some(([x0, y0, x1, y1]) => x >= x0 && x < x1 && y >= y0 && y < y1)) return true;
  const head = { cx: 0.76, cy: 0.105, r: 0.065 };
  return (x - head.cx) ** 2 + (y - head.cy) ** 2 <= head.r ** 2;
}

function parseHexColor(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`brand colour ${JSON.stringify(hex)} is not #RRGGBB; fix TEAMS_DEFAULTS.accentColor in deploy/teams/teamsEnv.ts`);
  return [parseInt(match[1], 16), parseInt(match[2], 16), parseInt(match[3], 16)];
}

/** 192x192, brand colour background, white mark with smoothed edges (4x4 samples a pixel). */
export function createColorIcon(brandHex: string = TEAMS_DEFAULTS.accentColor): Buffer {
  const size = ICON_SIZES.color;
  const background = parseHexColor(brandHex);
  const png = new PNG({ width: size, height: size });
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          if (insideMark((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size)) covered++;
        }
      }
      const share = covered / (samples * samples);
      const offset = (py * size + px) * 4;
      for (let channel = 0; channel < 3; channel++) {
        png.data[offset + channel] = Math.round(background[channel] * (1 - share) + 255 * share);
      }
      png.data[offset + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

/** 32x32, white mark on a transparent background; no partial alpha, as Teams asks for the outline icon. */
export function createOutlineIcon(): Buffer {
  const size = ICON_SIZES.outline;
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const on = insideMark((px + 0.5) / size, (py + 0.5) / size);
      const offset = (py * size + px) * 4;
      png.data[offset] = on ? 255 : 0;
      png.data[offset + 1] = on ? 255 : 0;
      png.data[offset + 2] = on ? 255 : 0;
      png.data[offset + 3] = on ? 255 : 0;
    }
  }
  return PNG.sync.write(png);
}

/** Checks what Teams checks on upload: PNG, exact sizes, and an outline of only white or fully transparent pixels. */
export function checkIcons(icons: { color: Buffer; outline: Buffer }): string[] {
  const problems: string[] = [];
  const read = (name: string, buffer: Buffer): PNG | undefined => {
    try {
      return PNG.sync.read(buffer);
    } catch (error) {
      problems.push(`${name}: not a readable PNG (${error instanceof Error ? error.message : String(error)})`);
      return undefined;
    }
  };
  const color = read('color.png', icons.color);
  if (color && (color.width !== ICON_SIZES.color || color.height !== ICON_SIZES.color)) {
    problems.push(`color.png: is ${color.width}x${color.height}; Teams needs ${ICON_SIZES.color}x${ICON_SIZES.color}`);
  }
  const outline = read('outline.png', icons.outline);
  if (outline) {
    if (outline.width !== ICON_SIZES.outline || outline.height !== ICON_SIZES.outline) {
      problems.push(`outline.png: is ${outline.width}x${outline.height}; Teams needs ${ICON_SIZES.outline}x${ICON_SIZES.outline}`);
    }
    let offending = 0;
    for (let offset = 0; offset < outline.data.length; offset += 4) {
      const alpha = outline.data[offset + 3];
      const white = outline.data[offset] === 255 && outline.data[offset + 1] === 255 && outline.data[offset + 2] === 255;
      if (!(alpha === 0 || (alpha === 255 && white))) offending++;
    }
    if (offending > 0) problems.push(`outline.png: ${offending} pixel(s) are neither white nor fully transparent`);
  }
  return problems;
}
