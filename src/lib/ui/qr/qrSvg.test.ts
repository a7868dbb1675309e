import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { qrSvg, QUIET_ZONE } from './qrSvg';

/** Rasterises the path (only `M x y h n v1 h-n z` runs) at `scale` px per module and decodes it. */
function decode(svg: NonNullable<ReturnType<typeof qrSvg>>, scale = 4): string | null {
	const side = svg.side * scale;
	const rgba = new Uint8ClampedArray(side * side * 4).fill(255);
	const runs = [...svg.path.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)];
	expect(runs.map((m) => m[0]).join('')).toBe(svg.path);
	for (const [, xs, ys, ns] of runs) {
		const [x0, y0, n] = [Number(xs), Number(ys), Number(ns)];
		for (let py = y0 * scale; py < (y0 + 1) * scale; py++) {
			for (let px = x0 * scale; px < (x0 + n) * scale; px++) {
				const i = (py * side + px) * 4;
				rgba[i] = rgba[i + 1] = rgba[i + 2] = 0;
			}
		}
	}
	return jsQR(rgba, side, side)?.data ?? null;
}

describe('qrSvg', () => {
	it('qrSvg draws a code that decodes to a short address, at level Q', () => {
		const url = 'http://192.168.1.20:4173/read/2017-06-23-taiyuan';
		const svg = qrSvg(url)!;
		expect(svg.ecc).toBe('Q');
		expect(svg.side).toBe(17 + 4 * svg.version + 2 * QUIET_ZONE);
		expect(decode(svg)).toBe(url);
	});

	it('qrSvg keeps the quiet zone light', () => {
		const svg = qrSvg('https://example.org/')!;
		for (const [, x, y] of svg.path.matchAll(/M(\d+) (\d+)/g)) {
			expect(Number(x)).toBeGreaterThanOrEqual(QUIET_ZONE);
			expect(Number(y)).toBeGreaterThanOrEqual(QUIET_ZONE);
			expect(Number(y)).toBeLessThan(svg.side - QUIET_ZONE);
		}
	});

	it('qrSvg falls back to level M for a long address with filters and percent-encoded Chinese', () => {
		const q = new URLSearchParams({
			place: '山西省吕梁市岚县,甘肃省临夏回族自治州东乡族自治县,四川省凉山彝族自治州',
			doc: '2017-06-23-taiyuan,2020-03-06-beijing',
			status: 'exited',
			view: '104.1,35.9,4.2'
		});
		const url = `http://192.168.100.200:4173/atlas/?${q}`;
		expect(url.length).toBeGreaterThan(300);
		const svg = qrSvg(url)!;
		expect(svg.ecc).toBe('M');
		expect(decode(svg)).toBe(url);
	});

	it('qrSvg returns null for text too long for any QR code', () => {
		expect(qrSvg('x'.repeat(3000))).toBeNull();
	});
});
