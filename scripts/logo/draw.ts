import { PNG } from 'pngjs';

/**
 * The app's logo: a white "C" open to the right, with a green check mark in its mouth, on a navy rounded square.
 * One geometry, in a 100×100 unit box, drives both the PNGs (drawn from signed distance fields, so every edge is
 * anti-aliased over one pixel) and the SVG, so the three files cannot disagree.
 */

type Rgb = readonly [number, number, number];
type Point = readonly [number, number];

const NAVY: Rgb = [0x12, 0x35, 0x5b];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const GREEN: Rgb = [0x3b, 0xd1, 0x6f];

const TILE = { center: 50, half: 46, radius: 22 };
const C = { cx: 46, cy: 50, r: 25, width: 11, openingDeg: 50 };
const CHECK: readonly Point[] = [
  [52, 52],
  [62, 63],
  [82, 37],
];
const CHECK_WIDTH = 10;
/** A navy halo around the check keeps it apart from the "C" where they meet. */
const CHECK_HALO = 4;

const hex = (c: Rgb): string => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
const round1 = (v: number): number => Math.round(v * 10) / 10;

function roundedSquare(x: number, y: number): number {
  const qx = Math.abs(x - TILE.center) - (TILE.half - TILE.radius);
  const qy = Math.abs(y - TILE.center) - (TILE.half - TILE.radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - TILE.radius;
}

function cEnds(): [Point, Point] {
  const a = (C.openingDeg * Math.PI) / 180;
  return [
    [C.cx + C.r * Math.cos(a), C.cy - C.r * Math.sin(a)],
    [C.cx + C.r * Math.cos(a), C.cy + C.r * Math.sin(a)],
  ];
}

/** A stroked arc with round caps: the ring, except inside the opening, where the nearer cap decides. */
function letterC(x: number, y: number): number {
  const dx = x - C.cx;
  const dy = y - C.cy;
  const inOpening = Math.abs(Math.atan2(dy, dx)) < (C.openingDeg * Math.PI) / 180;
  if (!inOpening) return Math.abs(Math.hypot(dx, dy) - C.r) - C.width / 2;
  const [top, bottom] = cEnds();
  return Math.min(Math.hypot(x - top[0], y - top[1]), Math.hypot(x - bottom[0], y - bottom[1])) - C.width / 2;
}

function segmentDistance(x: number, y: number, [ax, ay]: Point, [bx, by]: Point): number {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}

function checkMark(width: number): (x: number, y: number) => number {
  return (x, y) => {
    let d = Infinity;
    for (let i = 1; i < CHECK.length; i += 1) d = Math.min(d, segmentDistance(x, y, CHECK[i - 1]!, CHECK[i]!));
    return d - width / 2;
  };
}

const LAYERS: ReadonlyArray<{ color: Rgb; sdf: (x: number, y: number) => number }> = [
  { color: NAVY, sdf: roundedSquare },
  { color: WHITE, sdf: letterC },
  { color: NAVY, sdf: checkMark(CHECK_WIDTH + 2 * CHECK_HALO) },
  { color: GREEN, sdf: checkMark(CHECK_WIDTH) },
];

/** Draws the logo at `size`×`size` pixels, straight (non-premultiplied) RGBA. */
export function drawLogo(size: number): PNG {
  const png = new PNG({ width: size, height: size });
  const unitsPerPixel = 100 / size;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      // Sample at the pixel's centre, in logo units.
      const x = (px + 0.5) * unitsPerPixel;
      const y = (py + 0.5) * unitsPerPixel;
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const layer of LAYERS) {
        // Coverage ramps from 0 to 1 across the one pixel the edge passes through.
        const coverage = Math.max(0, Math.min(1, 0.5 - layer.sdf(x, y) / unitsPerPixel));
        if (coverage === 0) continue;
        const outA = coverage + a * (1 - coverage);
        r = (layer.color[0] * coverage + r * a * (1 - coverage)) / outA;
        g = (layer.color[1] * coverage + g * a * (1 - coverage)) / outA;
        b = (layer.color[2] * coverage + b * a * (1 - coverage)) / outA;
        a = outA;
      }
      const i = (py * size + px) * 4;
      png.data[i] = Math.round(r);
      png.data[i + 1] = Math.round(g);
      png.data[i + 2] = Math.round(b);
      png.data[i + 3] = Math.round(a * 255);
    }
  }
  return png;
}

export function logoPng(size: number): Buffer {
  return PNG.sync.write(drawLogo(size));
}

/** The same logo as SVG. The xmlns is an XML namespace name, never fetched. */
export function logoSvg(): string {
  const [top, bottom] = cEnds();
  const points = CHECK.map(([x, y]) => `${x},${y}`).join(' ');
  const stroke = 'fill="none" stroke-linecap="round" stroke-linejoin="round"';
  const side = TILE.half * 2;
  const corner = TILE.center - TILE.half;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100" height="100">',
    `  <rect x="${corner}" y="${corner}" width="${side}" height="${side}" rx="${TILE.radius}" fill="${hex(NAVY)}"/>`,
    `  <path d="M ${round1(top[0])} ${round1(top[1])} A ${C.r} ${C.r} 0 1 0 ${round1(bottom[0])} ${round1(bottom[1])}" stroke="${hex(WHITE)}" stroke-width="${C.width}" ${stroke}/>`,
    `  <polyline points="${points}" stroke="${hex(NAVY)}" stroke-width="${CHECK_WIDTH + 2 * CHECK_HALO}" ${stroke}/>`,
    `  <polyline points="${points}" stroke="${hex(GREEN)}" stroke-width="${CHECK_WIDTH}" ${stroke}/>`,
    '</svg>',
    '',
  ].join('\n');
}

/** The files `npm run logos` writes, relative to the repository root. */
export function logoFiles(): Record<string, Buffer> {
  return {
    'assets/logo.png': logoPng(320),
    'assets/logo-small.png': logoPng(128),
    'assets/logo.svg': Buffer.from(logoSvg(), 'utf8'),
  };
}
