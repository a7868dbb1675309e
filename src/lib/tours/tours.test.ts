import { describe, expect, it } from 'vitest';
import { tourFiles } from './tours';
import { loadTours } from './load';
import { validateTour } from './validate';
import { resolveStop } from './resolve';
import { tourLookup, type TourContext } from './context';
import { documents } from '../corpus/documents';
import { corpusData } from '../corpus/corpusData';
import { loadGazetteer } from '../gazetteer/load';
import { splitSentences } from '../corpus/sentences';

const gazetteer = loadGazetteer();
const ctx: TourContext = { documents, gazetteer, mentions: corpusData(documents, gazetteer).mentions };

describe('shipped tours', () => {
	it('are at least the four the issue asks for, each valid', () => {
		const ids = tourFiles.map((f) => f.file);
		expect(ids).toEqual(
			expect.arrayContaining(['symposia', 'sanqu-sanzhou', 'contiguous-areas', 'final-battle-2020'])
		);
		for (const { file, raw } of tourFiles) expect(validateTour(raw, ctx).issues, file).toEqual([]);
		expect(loadTours(tourFiles, ctx).map((t) => t.id)).toEqual(ids);
	});

	it.each(tourFiles.map((f) => [f.file, f.raw] as const))(
		'%s: every stop resolves to its exact paragraph slice',
		(_file, raw) => {
			const { tour } = validateTour(raw, ctx);
			const lookup = tourLookup(ctx);
			for (const stop of tour!.stops) {
				const { doc, paragraph, start, end } = stop.passage;
				const text = lookup.paragraph(doc, paragraph)!.text;
				const r = resolveStop(stop, ctx);
				expect(r.quote).toBe(text.slice(start, end));
				expect(r.quote.trim().length).toBeGreaterThan(0);
				// A stop's quote is whole sentences unless it says it is cut (and then it is cut on punctuation).
				const sentences = splitSentences(text);
				const whole = sentences.some((s) => s.start === start) && sentences.some((s) => s.end === end);
				expect(whole).toBe(!r.cutBefore && !r.cutAfter);
				// Each mark is a mention of a highlighted place, inside the quote.
				for (const [a, b] of r.marks) {
					expect(a).toBeGreaterThanOrEqual(0);
					expect(b).toBeLessThanOrEqual(r.quote.length);
				}
				if (!stop.event) expect(r.marks.length, `${stop.title.zh}`).toBeGreaterThan(0);
			}
		}
	);

	it('七次座谈会 has the seven symposia in date order, each stop at its site', () => {
		const tour = loadTours(tourFiles, ctx).find((t) => t.id === 'symposia')!;
		const events = tour.stops.map((s) => gazetteer.events.find((e) => e.id === s.event)!);
		expect(events.map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
		const dates = events.map((e) => e.date);
		expect([...dates].sort()).toEqual(dates);
		for (const [i, s] of tour.stops.entries()) expect(s.highlight).toContain(events[i].place);
	});

	it('三区三州 visits its six parts, each quoted from the 2017 speech', () => {
		const tour = loadTours(tourFiles, ctx).find((t) => t.id === 'sanqu-sanzhou')!;
		const parts = gazetteer.places.find((p) => p.id === 'sanqu_sanzhou')!.parts!;
		expect(parts).toHaveLength(6);
		for (const part of parts) {
			const stop = tour.stops.find((s) => s.highlight[0] === part);
			expect(stop, part).toBeDefined();
			expect(stop!.passage.doc).toBe('2017-06-23-taiyuan');
		}
	});

	it('集中连片特困地区 visits all 14 areas', () => {
		const tour = loadTours(tourFiles, ctx).find((t) => t.id === 'contiguous-areas')!;
		const areas = gazetteer.places.filter((p) => p.kind === 'poverty-area').map((p) => p.id);
		expect(areas).toHaveLength(14);
		const visited = new Set(tour.stops.map((s) => s.highlight[0]));
		for (const a of areas) expect(visited.has(a), a).toBe(true);
	});

	it('2020 决战 quotes the 52 counties and 1,113 villages from the 2020 speech', () => {
		const tour = loadTours(tourFiles, ctx).find((t) => t.id === 'final-battle-2020')!;
		const quotes = tour.stops.map((s) => resolveStop(s, ctx));
		const supervision = quotes.find(
			(q) => q.document.id === '2020-03-06-beijing' && q.highlight.includes('counties_2020_52')
		);
		expect(supervision?.quote).toMatch(/52个未摘帽贫困县和1113个贫困村实施挂牌督战/);
		expect(quotes.some((q) => /832个贫困县中已有601个宣布摘帽/.test(q.quote))).toBe(true);
	});
});
