import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { tourFiles } from './tours';
import { loadTours } from './load';
import { presentData } from './present';
import { codeBounds } from './bounds';
import type { TourContext } from './context';
import { documents } from '../corpus/documents';
import { corpusData } from '../corpus/corpusData';
import { loadGazetteer } from '../gazetteer/load';

const gazetteer = loadGazetteer();
const ctx: TourContext = { documents, gazetteer, mentions: corpusData(documents, gazetteer).mentions };
const topo = (f: string) => JSON.parse(readFileSync(`geodata/${f}.topo.json`, 'utf8')) as Topology;
const boundsOf = codeBounds(topo('china'), topo('counties'));

describe('a partial area on a tour stop', () => {
	const tour = loadTours(tourFiles, ctx).find((t) => t.id === 'contiguous-areas')!;
	const data = presentData(tour, ctx, { boundsOf });
	const stop = data.stops.find((s) => s.highlight[0] === 'liupanshan')!;
	const drawing = data.places.liupanshan;

	it('is drawn by its sourced counties only, and knows the provinces it spans', () => {
		expect(drawing.partial?.official).toBe(61);
		expect(drawing.codes.every((c) => !c.endsWith('0000'))).toBe(true);
		expect(drawing.spans?.names.map((n) => n.zh)).toEqual(['陕西省', '甘肃省', '青海省', '宁夏回族自治区']);
	});

	it('is framed on those provinces, not on the counties drawn', () => {
		const provinces = boundsOf(drawing.spans!.codes)!;
		const counties = boundsOf(drawing.codes)!;
		expect(stop.bounds).toEqual(
			provinces.map((v, i) => (i < 2 ? Math.min(v, counties[i]) : Math.max(v, counties[i])))
		);
		// Much wider than the seven counties alone.
		expect(stop.bounds![2] - stop.bounds![0]).toBeGreaterThan(3 * (counties[2] - counties[0]));
	});

	it('a complete place has no spans', () => {
		const tour3 = loadTours(tourFiles, ctx).find((t) => t.id === 'sanqu-sanzhou')!;
		const d3 = presentData(tour3, ctx, { boundsOf });
		for (const p of Object.values(d3.places)) if (!p.partial) expect(p.spans).toBeUndefined();
	});
});
