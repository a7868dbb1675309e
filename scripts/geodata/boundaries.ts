import type { Feature, MultiLineString, Position } from 'geojson';
import type { BoundaryKind, BoundaryProperties } from '../../src/lib/geo/types';

interface Rule {
	id: string;
	kind: BoundaryKind;
	area: string;
	/** [minLon, minLat, maxLon, maxLat] that must contain the whole line. */
	box: [number, number, number, number];
}

/**
 * Where the source's 境界线 lines are, checked in this order (the South China Sea box is last because
 * it also contains the Hong Kong, Macau and Hainan lines). A line outside every box fails the build.
 */
export const BOUNDARY_RULES: readonly Rule[] = [
	{ id: 'hongkong', kind: 'maritime', area: '香港', box: [113.75, 22.05, 114.55, 22.65] },
	{ id: 'macau', kind: 'maritime', area: '澳门', box: [113.48, 22.03, 113.68, 22.27] },
	{ id: 'qiongzhou', kind: 'maritime', area: '琼州海峡', box: [109.7, 20.0, 110.7, 20.4] },
	{ id: 'min-yue', kind: 'maritime', area: '闽粤', box: [117.1, 23.2, 117.5, 23.7] },
	{ id: 'min-zhe', kind: 'maritime', area: '闽浙', box: [120.3, 27.0, 120.6, 27.35] },
	{ id: 'changjiangkou', kind: 'maritime', area: '长江口', box: [121.0, 31.45, 121.95, 31.95] },
	{ id: 'hangzhouwan', kind: 'maritime', area: '杭州湾', box: [121.2, 30.6, 122.85, 31.0] },
	{ id: 'pamir', kind: 'land', area: '帕米尔', box: [73.8, 37.1, 75.25, 38.75] },
	{ id: 'south-china-sea', kind: 'south-china-sea', area: '南海', box: [105, 3, 125, 25] }
];

const key = (p: Position) => `${p[0]},${p[1]}`;

/**
 * Removes repeated segments from lines that the source repeats across its three levels (sometimes
 * split differently). Walks the lines in input order and keeps each segment the first time it is
 * seen, so the result is the union of the input lines, cut where an already-seen piece was dropped.
 */
export function dedupeLines(lines: Position[][]): Position[][] {
	const seen = new Set<string>();
	const out: Position[][] = [];
	for (const line of lines) {
		let run: Position[] = [];
		for (let i = 1; i < line.length; i++) {
			const a = key(line[i - 1]);
			const b = key(line[i]);
			if (a === b) continue;
			const segment = a < b ? `${a};${b}` : `${b};${a}`;
			if (seen.has(segment)) {
				if (run.length > 1) out.push(run);
				run = [];
				continue;
			}
			seen.add(segment);
			if (run.length === 0) run.push(line[i - 1]);
			run.push(line[i]);
		}
		if (run.length > 1) out.push(run);
	}
	return out;
}

function ruleOf(line: Position[]): Rule {
	const inside = (r: Rule) =>
		line.every(([x, y]) => x >= r.box[0] && y >= r.box[1] && x <= r.box[2] && y <= r.box[3]);
	const rule = BOUNDARY_RULES.find(inside);
	if (!rule) {
		throw new Error(`boundaries: a 境界线 line starting at ${key(line[0])} is in no known area`);
	}
	return rule;
}

/** The deduplicated 境界线 lines as one MultiLineString feature per area, in BOUNDARY_RULES order. */
export function boundaryFeatures(lines: Position[][]): Feature<MultiLineString, BoundaryProperties>[] {
	const groups = new Map<Rule, Position[][]>();
	for (const line of dedupeLines(lines)) {
		const rule = ruleOf(line);
		groups.set(rule, [...(groups.get(rule) ?? []), line]);
	}
	return BOUNDARY_RULES.filter((r) => groups.has(r)).map((r) => ({
		type: 'Feature',
		id: r.id,
		properties: { kind: r.kind, area: r.area },
		geometry: { type: 'MultiLineString', coordinates: groups.get(r) ?? [] }
	}));
}
