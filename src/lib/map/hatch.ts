/**
 * A hatch pattern as raw RGBA pixels (what MapLibre's `addImage` takes), so an area can be drawn
 * as stripes of its colour over other fills instead of a second translucent tint, which turns two
 * overlapping colours into mud. Pure: no canvas needed.
 */
export interface HatchImage {
	width: number;
	height: number;
	data: Uint8ClampedArray;
}

/** '#4477AA' → [68, 119, 170]. */
function rgb(hex: string): [number, number, number] {
	const m = /^#([0-9a-f]{6})$/i.exec(hex);
	if (!m) throw new Error(`hatchImage: "${hex}" is not a #rrggbb colour`);
	const n = parseInt(m[1], 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * Diagonal stripes rising to the right ("/"), `stripe` pixels wide every `size` pixels, in `colour`
 * at `alpha`; transparent between. The tile repeats seamlessly (stripes meet across its edges).
 */
export function hatchImage(colour: string, size = 16, stripe = 4, alpha = 0.75): HatchImage {
	const [r, g, b] = rgb(colour);
	const data = new Uint8ClampedArray(size * size * 4);
	for (let y = 0; y < size; y++)
		for (let x = 0; x < size; x++) {
			if ((x + y) % size >= stripe) continue;
			const i = (y * size + x) * 4;
			data[i] = r;
			data[i + 1] = g;
			data[i + 2] = b;
			data[i + 3] = Math.round(alpha * 255);
		}
	return { width: size, height: size, data };
}

/**
 * A plain tint as a pattern tile: one colour at `alpha` everywhere. Fills drawn with a pattern share
 * one shader program with the hatches, where a data-driven `fill-color` compiles a program of its own
 * (scripts/bench/README-bench.md).
 */
export function tintImage(colour: string, alpha: number, size = 4): HatchImage {
	return hatchImage(colour, size, size, alpha);
}

/** The CSS equivalent for a legend swatch. */
export function hatchCss(colour: string): string {
	return `repeating-linear-gradient(135deg, ${colour} 0 2px, transparent 2px 6px)`;
}
