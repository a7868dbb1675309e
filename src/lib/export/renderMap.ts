/**
 * Draws a view of the live map again, off screen, at the slide's size: a second MapLibre map in a
 * hidden container of the given CSS size and pixel ratio, with the live map's current style (its
 * GeoJSON data, layer visibility and filters included), its global state, fitted to the given bounds,
 * and a preserved drawing buffer so its canvas can be copied once the map is idle.
 * https://maplibre.org/maplibre-gl-js/docs/API/type-aliases/MapOptions/
 */
import { Map as MapLibreMap, type LngLatBoundsLike, type StyleSpecification } from 'maplibre-gl';

export interface OffscreenView {
	style: StyleSpecification;
	bounds: LngLatBoundsLike;
	globalState?: Record<string, unknown>;
	/** CSS pixels. */
	width: number;
	height: number;
	pixelRatio: number;
	/** Padding when fitting the bounds, in CSS pixels. */
	padding?: number;
	/** Images the live map added at run time (the areas' hatches): not part of `getStyle()`. */
	images?: OffscreenImage[];
}

export interface OffscreenImage {
	id: string;
	image: { width: number; height: number; data: Uint8Array | Uint8ClampedArray };
	pixelRatio: number;
}

/** The run-time images of a live map, to give an off-screen copy of its style. */
export function imagesOf(map: MapLibreMap): OffscreenImage[] {
	return map.listImages().flatMap((id) => {
		const img = map.getImage(id);
		return img ? [{ id, image: img.data, pixelRatio: img.pixelRatio }] : [];
	});
}

export class CanvasTooLargeError extends Error {
	constructor(message = 'canvas too large') {
		super(message);
		this.name = 'CanvasTooLargeError';
	}
}

/**
 * Renders the view and hands its canvas to `use` while the map still exists; the map and its
 * container are removed afterwards, whatever happens.
 */
export async function withOffscreenMap<T>(
	view: OffscreenView,
	use: (canvas: HTMLCanvasElement) => T | Promise<T>,
	timeoutMs = 90_000
): Promise<T> {
	const container = document.createElement('div');
	container.setAttribute('aria-hidden', 'true');
	container.dataset.testid = 'export-map';
	Object.assign(container.style, {
		position: 'fixed',
		left: '-100000px',
		top: '0',
		width: `${view.width}px`,
		height: `${view.height}px`,
		pointerEvents: 'none'
	});
	document.body.append(container);
	const device = [Math.round(view.width * view.pixelRatio), Math.round(view.height * view.pixelRatio)] as [
		number,
		number
	];
	let map: MapLibreMap | undefined;
	try {
		map = new MapLibreMap({
			container,
			style: view.style,
			bounds: view.bounds,
			fitBoundsOptions: { padding: view.padding ?? 0 },
			pixelRatio: view.pixelRatio,
			canvasContextAttributes: { preserveDrawingBuffer: true },
			globalState: view.globalState,
			interactive: false,
			attributionControl: false,
			renderWorldCopies: false,
			fadeDuration: 0,
			validateStyle: false
		});
		const m = map;
		// Before any tile is laid out: a pattern image that arrives later (on `styleimagemissing`)
		// leaves the tiles laid out before it without the pattern.
		for (const img of view.images ?? [])
			if (!m.hasImage(img.id)) m.addImage(img.id, img.image, { pixelRatio: img.pixelRatio });
		await new Promise<void>((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error('timed out drawing the map')), timeoutMs);
			m.once('idle', () => {
				clearTimeout(timer);
				resolve();
			});
			m.on('error', (e) => {
				const err = e.error as Error | undefined;
				if (err?.name === 'AbortError') return;
				clearTimeout(timer);
				reject(err ?? new Error('map error'));
			});
			m.getCanvas().addEventListener('webglcontextlost', () => {
				clearTimeout(timer);
				reject(new CanvasTooLargeError('WebGL context lost'));
			});
		});
		const canvas = m.getCanvas();
		// MapLibre lowers the pixel ratio rather than refuse a canvas it cannot make.
		if (canvas.width < device[0] - 2 || canvas.height < device[1] - 2)
			throw new CanvasTooLargeError(`map canvas ${canvas.width}×${canvas.height}`);
		return await use(canvas);
	} catch (e) {
		if (e instanceof CanvasTooLargeError) throw e;
		if (/webgl|context|memory/i.test((e as Error).message ?? ''))
			throw new CanvasTooLargeError((e as Error).message);
		throw e;
	} finally {
		map?.remove();
		container.remove();
	}
}
