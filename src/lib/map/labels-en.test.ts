import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { createExpression, latest } from '@maplibre/maplibre-gl-style-spec';
import chinaJson from '../../../geodata/china.topo.json';
import worldJson from '../../../geodata/world.topo.json';
import { basemapSources } from './basemap';
import { partOf } from './parts';
import { SOURCES, PARTS } from './style';
import { loadEnglishLabels, unitTextField } from './labels-en';

const CJK = /[\u3400-\u9fff]/;
const labels = partOf(
	basemapSources(chinaJson as unknown as Topology, worldJson as unknown as Topology)[SOURCES.base],
	PARTS.provinceLabel
);

function render(field: unknown, properties: Record<string, unknown>): string {
	const e = createExpression(field, latest.layout_symbol['text-field'] as never);
	if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
	return String(e.value.evaluate({ zoom: 4 }, { type: 'Point', properties } as never));
}

describe('unitTextField', () => {
	it('labels every province of the base map in English from the lazily loaded table', async () => {
		const table = await loadEnglishLabels();
		const field = unitTextField('en', table);
		expect(labels).toHaveLength(34);
		const byCode = new Map(labels.map((f) => [String(f.properties!.code), render(field, f.properties!)]));
		for (const [code, text] of byCode) {
			expect(text, code).toMatch(/[A-Za-z]/);
			expect(CJK.test(text), `${code} ${text}`).toBe(false);
		}
		expect(byCode.get('510000')).toBe('Sichuan');
		expect(byCode.get('540000')).toBe(table['540000']);
	});

	it('keeps the Chinese names in Chinese, and before the table has loaded', () => {
		const sichuan = labels.find((f) => f.properties!.code === '510000')!.properties!;
		expect(render(unitTextField('zh'), sichuan)).toBe('四川');
		expect(render(unitTextField('en'), sichuan)).toBe('四川');
	});
});
