/**
 * The legend of the explore map as plain data: for each visible layer, its name, its one-line
 * explanation and an entry for every symbol and colour it draws. Pure (no Svelte, no DOM): the layer
 * panel renders it as HTML and the slide export draws it into the PNG, so both always agree.
 */
import { t, type Lang } from '../i18n';
import { LAYER_IDS, EXIT_YEAR_MAX, type LayerId } from '../state/types';
import type { Atlas } from './types';
import type { BBox, LonLat } from '../geo/types';
import { shortName, shortNameEn, villagePoints } from './overlays';
import {
	SANQU_COLOURS,
	AREA_COLOURS,
	EXIT_YEAR_COLOURS,
	STILL_POOR,
	UNEXITED_52,
	NAMED,
	SYMPOSIUM,
	CHOROPLETH,
	VILLAGE,
	SELECTION
} from './palette';

/**
 * How an entry's symbol is drawn: a filled box, an outlined box (dashed for a partly sourced area),
 * an empty dotted box (an area with nothing to draw), a dot (hollow = approximate), or a numbered disc.
 */
export type LegendSwatch = 'fill' | 'outline' | 'dashed' | 'none' | 'dot' | 'hollow-dot' | 'number';

export interface LegendItem {
	swatch: LegendSwatch;
	/** The symbol's colour (fill, outline or dot); absent for `none`. */
	colour?: string;
	label: string;
	/** A qualifier shown after the label (e.g. how much of an area's county list is sourced). */
	note?: string;
	/** True when the entry names something the map cannot draw. */
	undrawn?: boolean;
	/** Drawn as stripes of its colour inside the outline (the 14 areas, over other fills). */
	hatched?: boolean;
	/**
	 * The unit codes the entry's shape is drawn from (an area's member counties, a part's units):
	 * the entry is listed only while one of them is in view. Absent: the entry stands for its whole
	 * layer and is always listed.
	 */
	units?: string[];
	/** The points the entry's symbols stand at (villages): listed only while one of them is in view. */
	points?: LonLat[];
}

export interface LegendGroup {
	/** The layer switch it explains, or `selection` for the selected place's outline. */
	layer: LayerId | 'selection';
	/** The layer's name, as on its switch. */
	title: string;
	/** One line explaining the layer. */
	hint: string;
	items: LegendItem[];
}

export interface LegendOptions {
	lang: Lang;
	/** Year of the 832 slider (null = the latest). */
	exitYear: number | null;
	/** The choropleth's class breaks, as the overlays compute them ([0, t1, t2, t3, max]). */
	breaks: readonly number[];
}

const key = (k: string) => k as Parameters<typeof t>[1];

/**
 * The choropleth class labels: `0`, then `1–b1`, `b1+1–b2`, … (a single number when a class holds
 * one value); empty while the breaks are unknown.
 */
export function choroplethLabels(breaks: readonly number[]): string[] {
	return CHOROPLETH.map((_, i) => {
		if (i === 0) return '0';
		if (breaks[i] === undefined) return '';
		const low = i === 1 ? 1 : breaks[i - 1] + 1;
		return low >= breaks[i] ? String(breaks[i]) : `${low}–${breaks[i]}`;
	});
}

/** Legend entries of one layer. */
export function legendItems(layer: LayerId, atlas: Atlas, o: LegendOptions): LegendItem[] {
	const { lang } = o;
	const name = (p: Atlas['places'][number]) => (lang === 'en' ? shortNameEn(p) : shortName(p));
	switch (layer) {
		case 'sanqu': {
			const whole = atlas.places.find((p) => p.kind === 'sanqu-sanzhou' && p.parts?.length);
			const parts = (whole?.parts ?? []).flatMap((id) => atlas.places.filter((p) => p.id === id));
			return parts.map((p, i) => ({
				swatch: 'fill',
				colour: SANQU_COLOURS[i % SANQU_COLOURS.length],
				label: name(p),
				units: p.members?.length ? p.members : p.codes
			}));
		}
		case 'areas': {
			const areas = atlas.places.filter((p) => p.kind === 'poverty-area');
			const drawn = areas.filter((p) => p.members?.length);
			return [
				...drawn.map((p, i): LegendItem => {
					const partial = p.status && !p.status.complete;
					return {
						swatch: partial ? 'dashed' : 'outline',
						colour: AREA_COLOURS[i % AREA_COLOURS.length],
						hatched: true,
						label: name(p),
						units: p.members,
						note: !partial
							? undefined
							: p.status!.official
								? t(lang, 'popup.partial', { n: p.status!.sourced, total: p.status!.official })
								: t(lang, 'popup.partialUnknownTotal', { n: p.status!.sourced })
					};
				}),
				...areas
					.filter((p) => !p.members?.length)
					.map((p): LegendItem => ({
						swatch: 'none',
						label: name(p),
						note: t(lang, 'popup.partialUnknownTotal', { n: 0 }),
						undrawn: true,
						// Nothing drawn: never in view.
						units: []
					}))
			];
		}
		case 'unexited52':
			return [{ swatch: 'fill', colour: UNEXITED_52, label: t(lang, 'layer.unexited52') }];
		case 'poverty832': {
			const year = o.exitYear ?? EXIT_YEAR_MAX;
			return [
				{ swatch: 'fill', colour: STILL_POOR, label: t(lang, 'exit.notExited') },
				...Object.entries(EXIT_YEAR_COLOURS)
					.filter(([y]) => Number(y) <= year)
					.map(([y, c]): LegendItem => ({
						swatch: 'fill',
						colour: c,
						label: t(lang, 'exit.exited', { year: y })
					}))
			];
		}
		case 'named':
			return [{ swatch: 'outline', colour: NAMED, label: t(lang, 'layer.named') }];
		case 'villages': {
			const all = villagePoints(atlas).features;
			const at = (approximate: boolean) =>
				all
					.filter((f) => f.properties.approximate === approximate)
					.map((f) => f.geometry.coordinates as LonLat);
			return [
				{ swatch: 'dot', colour: VILLAGE, label: t(lang, 'layer.villages'), points: at(false) },
				{ swatch: 'hollow-dot', colour: VILLAGE, label: t(lang, 'popup.approximate'), points: at(true) }
			];
		}
		case 'symposia':
			return [{ swatch: 'number', colour: SYMPOSIUM, label: t(lang, 'layer.symposia') }];
		case 'choropleth': {
			const labels = choroplethLabels(o.breaks);
			return CHOROPLETH.map((c, i) => ({ swatch: 'fill', colour: c, label: labels[i] }));
		}
	}
}

/** Box of a unit code, where known. */
export type UnitBox = (code: string) => BBox | undefined;

const meets = (a: BBox, b: BBox) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

/**
 * The one rule of what the legend lists: an entry drawn from units is in view when one of its units'
 * boxes meets the view (or, while the geometry is loading, when none of its units' boxes is known
 * yet); an entry drawn at points (villages) when one of them lies in the view; an entry with
 * nothing to draw (an area without a county list) never is; an entry for a whole layer always is.
 */
export function itemInView(item: LegendItem, view: BBox, boxOf: UnitBox): boolean {
	if (item.points)
		return item.points.some(([x, y]) => x >= view[0] && x <= view[2] && y >= view[1] && y <= view[3]);
	if (!item.units) return true;
	let known = false;
	for (const c of item.units) {
		const b = boxOf(c);
		if (!b) continue;
		known = true;
		if (meets(b, view)) return true;
	}
	return !known && item.units.length > 0;
}

/**
 * The legend of what is drawn in the view: each group's entries in view (see `itemInView`); groups
 * left without entries are kept (their layer is on) with no items. No view yet (the prerendered page,
 * the map still loading): the whole world, so the list is the one the first view of the map gives
 * and does not change when the map arrives (entries with nothing drawn are left out either way).
 */
export function legendInView(groups: LegendGroup[], view: BBox | null, boxOf: UnitBox): LegendGroup[] {
	const v: BBox = view ?? [-180, -90, 180, 90];
	return groups.map((g) => ({ ...g, items: g.items.filter((it) => itemInView(it, v, boxOf)) }));
}

/** The legend entry of the selected place's outline (drawn on top of every layer). */
export function selectionGroup(lang: Lang, name: string): LegendGroup {
	return {
		layer: 'selection',
		title: t(lang, 'export.selection'),
		hint: '',
		items: [{ swatch: 'outline', colour: SELECTION, label: name }]
	};
}

/** The legend of the given layers, in the canonical layer order. */
export function legendGroups(layers: readonly LayerId[], atlas: Atlas, o: LegendOptions): LegendGroup[] {
	return LAYER_IDS.filter((id) => layers.includes(id)).map((id) => ({
		layer: id,
		title: t(o.lang, key(`layer.${id}`)),
		hint: t(o.lang, key(`layer.${id}.legend`)),
		items: legendItems(id, atlas, o)
	}));
}

/**
 * The part of the atlas the legend reads (`legendItems`: 三区三州 and its parts, the areas, the
 * villages and townships): the layer panel renders from it in the prerendered page, before atlas.json
 * has loaded, and gives the same legend as the whole atlas.
 */
export function legendAtlas(atlas: Atlas): Atlas {
	const kinds = new Set(['sanqu-sanzhou', 'poverty-area', 'village', 'township']);
	return {
		schema: 1,
		// Without what only search and the place details read (aliases, pinyin, notes, confidence).
		places: atlas.places
			.filter((p) => kinds.has(p.kind))
			.map(({ aliases: _a, pinyin: _p, notes: _n, member_confidence: _c, ...p }) => ({
				...p,
				aliases: [],
				pinyin: ''
			})),
		events: [],
		exitYears: {},
		exitCounts: {}
	};
}
