/**
 * Exports the live map as a slide PNG: lays out title, legend, source and attribution (layout.ts),
 * draws the current view again off screen at the slide's size and pixel ratio (renderMap.ts), adds
 * the 南海诸岛 inset when the view is national, paints everything on a 2D canvas (compose.ts) and
 * returns the PNG with its title and source in iTXt chunks (pngText.ts).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LegendGroup } from '../explore/legend';
import { INSET_BOUNDS, INSET_MAX_ZOOM } from '../map/view';
import { slideLayout } from './layout';
import { canvasMeasure, paintSlide } from './compose';
import { withOffscreenMap, CanvasTooLargeError, imagesOf } from './renderMap';
import { exportStyle } from './exportStyle';
import { addPngText } from './pngText';
import type { SlideText, Rect } from './types';

export { CanvasTooLargeError };

export interface SlideRequest {
	map: MapLibreMap;
	/** 1 → 1920×1080, 2 → 3840×2160. */
	scale: 1 | 2;
	text: SlideText;
	legend: LegendGroup[];
	/** Label for legend entries left out for lack of room. */
	moreLabel: (n: number) => string;
	insetCaption: string;
}

/**
 * The map is drawn this much larger than on screen (labels, lines and symbols), so it reads on a
 * projected slide; the view still covers the same bounds.
 */
const MAP_SCALE = 1.4;

/** The layers the 南海诸岛 inset shows (as the on-screen inset). */
const INSET_LAYERS = [
	'sea',
	'world-fill',
	'province-fill',
	'national-line',
	'boundary-line',
	'boundary-line-land',
	'boundary-line-maritime'
];

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
	return new Promise((resolve, reject) =>
		canvas.toBlob(
			(b) => (b ? resolve(b) : reject(new CanvasTooLargeError('toBlob returned nothing'))),
			'image/png'
		)
	);
}

function context2d(width: number, height: number): CanvasRenderingContext2D {
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new CanvasTooLargeError(`no 2D context for ${width}×${height}`);
	return ctx;
}

/** Renders the slide and returns its PNG bytes. */
export async function exportSlide(r: SlideRequest): Promise<Blob> {
	const size = { width: 1920, height: 1080, scale: r.scale };
	const measure = canvasMeasure(context2d(1, 1));
	const layout = slideLayout(size, r.text, r.legend, measure, r.moreLabel);
	const style = r.map.getStyle();
	if (!style) throw new Error('map style not loaded');
	const b = r.map.getBounds();
	const bounds: [number, number, number, number] = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
	const globalState = r.map.getGlobalState();
	// The zoom the off-screen map will fit the bounds at: the live zoom, changed by the ratio of sizes.
	const live = r.map.getContainer();
	const cssWidth = Math.round(layout.map.width / MAP_SCALE);
	const cssHeight = Math.round(layout.map.height / MAP_SCALE);
	const zoom =
		r.map.getZoom() +
		Math.log2(Math.min(cssWidth / Math.max(1, live.clientWidth), cssHeight / Math.max(1, live.clientHeight)));

	// The inset: only when the live map shows it (the national view).
	let inset: { image: CanvasImageSource; box: Rect; caption: string } | undefined;
	if (r.map.getZoom() < INSET_MAX_ZOOM) {
		const w = 150;
		const box = {
			x: layout.map.x + layout.map.width - w - 16,
			y: layout.map.y + layout.map.height - (w * 4) / 3 - 16,
			width: w,
			height: (w * 4) / 3
		};
		const image = await withOffscreenMap(
			{
				style: exportStyle(style, 3, { only: INSET_LAYERS, margin: 24 }),
				bounds: INSET_BOUNDS,
				padding: 2,
				width: box.width,
				height: box.height,
				pixelRatio: r.scale
			},
			(canvas) => {
				const copy = context2d(canvas.width, canvas.height);
				copy.drawImage(canvas, 0, 0);
				return copy.canvas;
			}
		);
		inset = { image, box, caption: r.insetCaption };
	}

	const out = context2d(size.width * size.scale, size.height * size.scale);
	await withOffscreenMap(
		{
			style: exportStyle(style, zoom),
			bounds,
			globalState,
			images: imagesOf(r.map),
			width: cssWidth,
			height: cssHeight,
			pixelRatio: r.scale * MAP_SCALE,
			padding: 6
		},
		(canvas) => {
			paintSlide(out, layout, canvas, inset);
		}
	);
	const png = new Uint8Array(await (await toBlob(out.canvas)).arrayBuffer());
	let tagged = addPngText(png, 'Title', r.text.title);
	tagged = addPngText(tagged, 'Description', r.text.subtitle);
	tagged = addPngText(tagged, 'Source', `${r.text.source}\n${r.text.attribution}`);
	// The legend as drawn, one entry a line (its wrapped lines joined): what the slide's key says.
	const legendText = [
		...layout.legendTitles.map((l) => l.text),
		...layout.legendItems.map((p) => p.lines.map((l) => l.text).join(' '))
	];
	if (legendText.length) tagged = addPngText(tagged, 'Legend', legendText.join('\n'));
	return new Blob([tagged as BlobPart], { type: 'image/png' });
}
