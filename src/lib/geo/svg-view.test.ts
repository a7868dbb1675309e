import { describe, expect, it } from 'vitest';
import { chinaProjection, MAINLAND_BOX } from './china-projection';
import { boundsOfView, fitAspect, frameBox, type ViewBox } from './svg-view';

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
