/**
 * Where the parts of an exported slide go: a title band on top (title, filter summary), the map,
 * a legend panel on the right (so it never covers the map), and a footer band (source line, map
 * attribution). All in CSS pixels of a 1920×1080 slide; the device scale only multiplies. Pure: text
 * widths come from `measure`.
 */
import type { LegendGroup, LegendItem } from '../explore/legend';
import { wrapText } from './wrap';
import type {
	FontMeasure,
	PlacedLegendItem,
	Rect,
	SlideLayout,
	SlideSize,
	SlideText,
	TextLine
} from './types';

export const SLIDE = {
	pad: 40,
	titleSize: 50,
	subtitleSize: 26,
	footerSize: 19,
	legendPad: 22,
	groupSize: 22,
	itemSize: 19,
	noteSize: 17,
	swatch: { width: 30, height: 20 },
	lineHeight: 1.3,
	ink: '#2b241e',
	muted: '#5d544b',
	accent: '#b3261e'
} as const;

/** The legend shrinks down to this fraction of its full size before entries are left out. */
const MIN_LEGEND_SCALE = 0.8;
/**
 * Panel widths (CSS px) and text scales the legend tries in turn, until it fits: it widens a little,
 * then shrinks its text a little, and takes the widest panel only with the smaller text.
 */
const LEGEND_FITS: [number, number][] = [
	[440, 1],
	[520, 1],
	[440, 0.9],
	[520, 0.9],
	[440, MIN_LEGEND_SCALE],
	[520, MIN_LEGEND_SCALE],
	[600, 0.9],
	[600, MIN_LEGEND_SCALE]
];

function lines(
	text: string,
	x: number,
	y: number,
	width: number,
	size: number,
	measure: FontMeasure,
	o: { bold?: boolean; colour: string; maxLines?: number; cut?: () => void }
): TextLine[] {
	const wrapped = wrapText(text, width, (s) => measure(s, size, o.bold), o.maxLines);
	// Cut short (ends in "…"): the caller tries a wider or smaller legend first.
	if (o.cut && o.maxLines !== undefined && wrapped.length === o.maxLines) {
		if (wrapText(text, width, (s) => measure(s, size, o.bold)).length > o.maxLines) o.cut();
	}
	return wrapped.map((t, i) => ({
		text: t,
		x,
		y: y + i * size * SLIDE.lineHeight,
		size,
		bold: o.bold,
		colour: o.colour
	}));
}

const bottom = (ls: TextLine[], fallback: number) =>
	ls.length ? ls.at(-1)!.y + ls.at(-1)!.size * SLIDE.lineHeight : fallback;

interface LegendPlacement {
	titles: TextLine[];
	items: PlacedLegendItem[];
	height: number;
	/** True when some text had to be cut short ("…"). */
	cut: boolean;
}

/** Lines `text` takes at this width and size, uncut. */
const lineCount = (text: string, width: number, size: number, measure: FontMeasure) =>
	wrapText(text, width, (s) => measure(s, size)).length;

/** Lays the legend groups out in a panel `box.width` wide from `box.y`, at a font scale `k`. */
function placeLegend(groups: LegendGroup[], box: Rect, k: number, measure: FontMeasure): LegendPlacement {
	const P = SLIDE.legendPad;
	const inner = box.width - 2 * P;
	const titles: TextLine[] = [];
	const items: PlacedLegendItem[] = [];
	let y = box.y + P;
	const itemSize = Math.round(SLIDE.itemSize * k);
	const noteSize = Math.round(SLIDE.noteSize * k);
	const sw = { width: Math.round(SLIDE.swatch.width * k), height: Math.round(SLIDE.swatch.height * k) };
	const gap = Math.round(10 * k);
	let cut = false;
	const onCut = () => (cut = true);
	const textWidthIn = (colWidth: number) => colWidth - sw.width - Math.round(8 * k);
	for (const [gi, g] of groups.entries()) {
		if (gi > 0) y += Math.round(14 * k);
		const head = lines(g.title, box.x + P, y, inner, Math.round(SLIDE.groupSize * k), measure, {
			bold: true,
			colour: SLIDE.ink,
			maxLines: 2,
			cut: onCut
		});
		titles.push(...head);
		y = bottom(head, y) + Math.round(4 * k);
		// Long lists (the 14 areas) go in two columns, when every entry fits its column in two lines.
		const half = textWidthIn((inner - gap) / 2);
		const cols =
			g.items.length >= 4 &&
			g.items.every(
				(it) =>
					lineCount(it.label, half, itemSize, measure) <= 2 &&
					(!it.note || lineCount(it.note, half, noteSize, measure) <= 2)
			)
				? 2
				: 1;
		const colWidth = (inner - (cols - 1) * gap) / cols;
		for (let i = 0; i < g.items.length; i += cols) {
			let rowBottom = y;
			for (let c = 0; c < cols && i + c < g.items.length; c++) {
				const item: LegendItem = g.items[i + c];
				const x = box.x + P + c * (colWidth + gap);
				const textX = x + sw.width + Math.round(8 * k);
				const textWidth = colWidth - (textX - x);
				const label = lines(item.label, textX, y, textWidth, itemSize, measure, {
					colour: item.undrawn ? SLIDE.muted : SLIDE.ink,
					maxLines: 2,
					cut: onCut
				});
				const note = item.note
					? lines(item.note, textX, bottom(label, y), textWidth, noteSize, measure, {
							colour: '#7a4f00',
							maxLines: 2,
							cut: onCut
						})
					: [];
				const swatch = {
					x,
					y: y + (itemSize * SLIDE.lineHeight - sw.height) / 2,
					width: sw.width,
					height: sw.height
				};
				items.push({ item, swatch, lines: [...label, ...note] });
				rowBottom = Math.max(rowBottom, bottom(note, bottom(label, y)));
			}
			y = rowBottom + Math.round(3 * k);
		}
	}
	return { titles, items, height: y + P - box.y, cut };
}

/** The layout of a slide with the given words and legend. */
export function slideLayout(
	size: SlideSize,
	text: SlideText,
	groups: LegendGroup[],
	measure: FontMeasure,
	moreLabel: (n: number) => string
): SlideLayout {
	const { width: W, height: H, pad } = { ...size, pad: SLIDE.pad };
	// Title band.
	const title = lines(text.title, pad, 26, W - 2 * pad, SLIDE.titleSize, measure, {
		bold: true,
		colour: SLIDE.accent,
		maxLines: 2
	});
	const subtitle = lines(
		text.subtitle,
		pad,
		bottom(title, 26) + 4,
		W - 2 * pad,
		SLIDE.subtitleSize,
		measure,
		{
			colour: SLIDE.muted,
			maxLines: 1
		}
	);
	const header: Rect = { x: 0, y: 0, width: W, height: Math.ceil(bottom(subtitle, 26) + 18) };
	// Footer band: source (up to 3 lines), then attribution.
	const fs = SLIDE.footerSize;
	const measureFooter = (y: number) => {
		const source = lines(text.source, pad, y, W - 2 * pad, fs, measure, { colour: SLIDE.ink, maxLines: 3 });
		const attribution = lines(text.attribution, pad, bottom(source, y), W - 2 * pad, fs, measure, {
			colour: SLIDE.muted,
			maxLines: 2
		});
		return [...source, ...attribution];
	};
	const footerHeight = Math.ceil(bottom(measureFooter(0), 0) + 28);
	const footer: Rect = { x: 0, y: H - footerHeight, width: W, height: footerHeight };
	const footerLines = measureFooter(footer.y + 14);
	// Legend panel on the right, between the bands.
	const bodyTop = header.height;
	const bodyHeight = footer.y - bodyTop;
	let legend: Rect | undefined;
	let legendTitles: TextLine[] = [];
	let legendItems: PlacedLegendItem[] = [];
	if (groups.some((g) => g.items.length)) {
		// The first size at which everything fits uncut; else the first at which it fits at all.
		let placed: LegendPlacement | undefined;
		let fallback: { legend: Rect; placed: LegendPlacement } | undefined;
		for (const [width, k] of LEGEND_FITS) {
			legend = { x: W - width, y: bodyTop, width, height: bodyHeight };
			placed = placeLegend(groups, legend, k, measure);
			if (placed.height > legend.height) continue;
			if (!placed.cut) break;
			fallback ??= { legend, placed };
		}
		if (placed && (placed.height > legend!.height || placed.cut) && fallback) ({ legend, placed } = fallback);
		legend = legend!;
		// Still too tall at the smallest size: leave out the last entries and say how many.
		let shown = groups;
		let dropped = 0;
		while (placed && placed.height > legend.height) {
			const last = shown.at(-1)!;
			dropped += 1;
			shown =
				last.items.length > 1
					? [...shown.slice(0, -1), { ...last, items: last.items.slice(0, -1) }]
					: shown.slice(0, -1);
			const note: LegendGroup = {
				layer: last.layer,
				title: moreLabel(dropped),
				hint: '',
				items: []
			};
			placed = placeLegend([...shown, note], legend, MIN_LEGEND_SCALE, measure);
		}
		legendTitles = placed?.titles ?? [];
		legendItems = placed?.items ?? [];
	}
	const map: Rect = { x: 0, y: bodyTop, width: legend ? legend.x : W, height: bodyHeight };
	return { size, title, subtitle, header, map, legend, legendTitles, legendItems, footer, footerLines };
}
