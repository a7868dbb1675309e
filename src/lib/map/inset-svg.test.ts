import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import china from '../../../geodata/china.topo.json';
import world from '../../../geodata/world.topo.json';
import { INSET_SIZE, southChinaSeaSvg } from './inset-svg';

describe('the 南海诸岛 inset drawn at build time', () => {
	const svg = southChinaSeaSvg(china as unknown as Topology, world as unknown as Topology);

	it('has the size the page reserves for it', () => {
		expect(svg).toContain(`viewBox="0 0 ${INSET_SIZE.width} ${INSET_SIZE.height}"`);
	});

	it('draws the ten dashes of the South China Sea line, each inside the box', () => {
		const line = svg.match(/<path d="([^"]+)"[^>]*data-kind="south-china-sea"/);
		expect(line).not.toBeNull();
		const moves = line![1].match(/M-?[\d.]+,-?[\d.]+/g)!;
		expect(moves.length).toBeGreaterThanOrEqual(10);
		for (const m of moves) {
			const [x, y] = m.slice(1).split(',').map(Number);
			expect(x).toBeGreaterThanOrEqual(0);
			expect(x).toBeLessThanOrEqual(INSET_SIZE.width);
			expect(y).toBeGreaterThanOrEqual(0);
			expect(y).toBeLessThanOrEqual(INSET_SIZE.height);
		}
	});

	it('is small: only what lies in the box is drawn', () => {
		expect(svg.length).toBeLessThan(100_000);
	});
});
