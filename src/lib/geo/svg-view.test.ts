import { describe, expect, it } from 'vitest';
import { chinaProjection, MAINLAND_BOX } from './china-projection';
import { boundsOfView, boxOfView, fitAspect, frameBox, viewOfBox, type ViewBox } from './svg-view';

const { projection, width, height } = chinaProjection(MAINLAND_BOX, 1000);
const base: ViewBox = [0, 0, width, height];

describe('frameBox', () => {
	it('frames a box with padding, in the aspect of the base view', () => {
		const v = frameBox(
			[
				[100, 200],
				[300, 260]
			],
			base,
			0.1
		);
		expect(v[2] / v[3]).toBeCloseTo(width / height, 6);
		expect(v[2]).toBeCloseTo(240, 6);
		// Centred on the box, which lies inside.
		expect(v[0] + v[2] / 2).toBeCloseTo(200, 6);
		expect(v[1] + v[3] / 2).toBeCloseTo(230, 6);
		expect(v[0]).toBeLessThan(100);
		expect(v[1] + v[3]).toBeGreaterThan(260);
	});
	it('does not zoom in beyond maxZoom on a point', () => {
		const v = frameBox(
			[
				[500, 400],
				[500, 400]
			],
			base,
			0.1,
			20
		);
		expect(v[2]).toBeCloseTo(width / 20, 6);
	});
});

describe('boundsOfView', () => {
	it('covers the mainland box for the whole view', () => {
		const [w, s, e, n] = boundsOfView(projection, base);
		expect(w).toBeLessThanOrEqual(MAINLAND_BOX[0] + 0.01);
		expect(s).toBeLessThanOrEqual(MAINLAND_BOX[1] + 0.01);
		expect(e).toBeGreaterThanOrEqual(MAINLAND_BOX[2] - 0.01);
		expect(n).toBeGreaterThanOrEqual(MAINLAND_BOX[3] - 0.01);
	});
	it('gives a small box around a framed place', () => {
		const [x, y] = projection([102.27, 27.9])!; // 西昌
		const [w, s, e, n] = boundsOfView(
			projection,
			frameBox(
				[
					[x - 10, y - 10],
					[x + 10, y + 10]
				],
				base
			)
		);
		expect(w).toBeLessThan(102.27);
		expect(e).toBeGreaterThan(102.27);
		expect(s).toBeLessThan(27.9);
		expect(n).toBeGreaterThan(27.9);
		expect(e - w).toBeLessThan(5);
	});
});

describe('fitAspect', () => {
	it('widens a view about its centre to the container shape, never cropping it', () => {
		const tall = fitAspect([0, 0, 100, 50], 0.5);
		expect(tall).toEqual([0, -75, 100, 200]);
		const wide = fitAspect([10, 10, 100, 100], 2);
		expect(wide).toEqual([-40, 10, 200, 100]);
		expect(fitAspect([1, 2, 3, 4], 0)).toEqual([1, 2, 3, 4]);
	});
});

describe("viewOfBox / boxOfView (the SVG map's view in the URL)", () => {
	const liangshan = { lng: 102.8544, lat: 27.6871, zoom: 9.44 };

	it('round-trips a view through a viewBox at any container size', () => {
		for (const [cw, ch] of [
			[1920, 1000],
			[390, 700]
		]) {
			for (const v of [
				liangshan,
				{ lng: 104.25, lat: 37.823, zoom: 3.92 },
				{ lng: 87.6, lat: 43.8, zoom: 6 }
			]) {
				const box = boxOfView(projection, v, cw, ch);
				expect(box[2] / box[3]).toBeCloseTo(cw / ch, 9);
				const back = viewOfBox(projection, box, cw);
				expect(back.lng).toBeCloseTo(v.lng, 6);
				expect(back.lat).toBeCloseTo(v.lat, 6);
				expect(back.zoom).toBeCloseTo(v.zoom, 6);
			}
		}
	});

	it('shows about the ground a MapLibre map shows at the same zoom', () => {
		const cw = 1600;
		const box = boxOfView(projection, liangshan, cw, 900);
		// The middle row of the box, inverted: its longitude span.
		const west = projection.invert!([box[0], box[1] + box[3] / 2])!;
		const east = projection.invert!([box[0] + box[2], box[1] + box[3] / 2])!;
		// Web Mercator: 512 · 2^zoom pixels for 360° of longitude.
		const mercatorSpan = (cw * 360) / (512 * 2 ** liangshan.zoom);
		expect((east[0] - west[0]) / mercatorSpan).toBeGreaterThan(0.95);
		expect((east[0] - west[0]) / mercatorSpan).toBeLessThan(1.05);
	});

	it('a wider box is a smaller zoom: one zoom step halves the ground shown', () => {
		const box = boxOfView(projection, liangshan, 1000, 800);
		const [x, y, w, h] = box;
		const wider: ViewBox = [x - w / 2, y - h / 2, w * 2, h * 2];
		expect(viewOfBox(projection, wider, 1000).zoom).toBeCloseTo(liangshan.zoom - 1, 6);
	});
});
