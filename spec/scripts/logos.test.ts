import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { drawLogo, logoFiles } from '../../scripts/logo/draw';
import { pngSize } from '../../scripts/validate/rules';

const root = join(__dirname, '../..');

describe('the logos', () => {
  it('are the sizes the marketplace asks for: logo.png 320×320, logo-small.png 128×128', () => {
    expect(pngSize(readFileSync(join(root, 'assets/logo.png')))).toEqual({ width: 320, height: 320 });
    expect(pngSize(readFileSync(join(root, 'assets/logo-small.png')))).toEqual({ width: 128, height: 128 });
  });

  it('are exactly what scripts/make-logos.ts draws (the committed files are not stale)', () => {
    for (const [file, bytes] of Object.entries(logoFiles())) {
      expect({ file, same: readFileSync(join(root, file)).equals(bytes) }).toEqual({ file, same: true });
    }
  });

  it('have transparent corners, an opaque tile, and anti-aliased edges', () => {
    const png = PNG.sync.read(readFileSync(join(root, 'assets/logo-small.png')));
    const alpha = (x: number, y: number): number => png.data[(y * png.width + x) * 4 + 3] ?? -1;
    expect(alpha(0, 0)).toBe(0);
    expect(alpha(64, 64)).toBe(255);
    const partial = new Set<number>();
    for (let i = 3; i < png.data.length; i += 4) if (png.data[i]! > 0 && png.data[i]! < 255) partial.add(png.data[i]!);
    expect(partial.size).toBeGreaterThan(20);
  });

  it('draw the same picture at any size', () => {
    // The centre of the check mark's corner is green at both sizes.
    const green = (size: number): [number, number, number] => {
      const png = drawLogo(size);
      const i = (Math.round(size * 0.62) * size + Math.round(size * 0.62)) * 4;
      return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    };
    expect(green(128)).toEqual([0x3b, 0xd1, 0x6f]);
    expect(green(320)).toEqual([0x3b, 0xd1, 0x6f]);
  });

  it('logo.svg is the same drawing, with only the SVG namespace as an http:// string', () => {
    const svg = readFileSync(join(root, 'assets/logo.svg'), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 100 100"/);
    expect(svg.match(/http:\/\//g)).toHaveLength(1);
    expect(svg).toContain('#3bd16f');
  });
});
