import { describe, expect, it } from 'vitest';
import { hatchImage } from './hatch';

describe('hatchImage', () => {
	it('hatchImage paints a quarter of a 16 px tile in the colour, the rest transparent', () => {
		const img = hatchImage('#4477AA', 16, 4, 1);
		expect(img.data.length).toBe(16 * 16 * 4);
		let painted = 0;
		for (let i = 0; i < img.data.length; i += 4) {
			const px = [...img.data.slice(i, i + 4)];
			if (px[3] === 0) expect(px).toEqual([0, 0, 0, 0]);
			else {
				expect(px).toEqual([0x44, 0x77, 0xaa, 255]);
				painted++;
			}
		}
		expect(painted).toBe(16 * 4);
	});

	it('hatchImage tiles seamlessly: each row is the row above shifted by one pixel, wrapping', () => {
		const { data, width } = hatchImage('#117733');
		const alphaAt = (x: number, y: number) =>
			data[(((y + width) % width) * width + ((x + width) % width)) * 4 + 3];
		for (let y = 0; y < width; y++)
			for (let x = 0; x < width; x++) expect(alphaAt(x, y)).toBe(alphaAt(x + 1, y - 1));
	});

	it('hatchImage refuses a colour it cannot read', () => {
		expect(() => hatchImage('teal')).toThrow(/not a #rrggbb colour/);
	});
});
