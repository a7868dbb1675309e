import type { LngLatBoundsLike } from 'maplibre-gl';

/** Mainland China without the South China Sea islands, which the inset shows. */
export const MAINLAND_BOUNDS: LngLatBoundsLike = [
	[73.4, 17.8],
	[135.1, 53.6]
];

/** The inset: 南海诸岛 with the ten-dash line, as on the standard map of China. */
export const INSET_BOUNDS: LngLatBoundsLike = [
	[106.5, 2.8],
	[123.6, 24.6]
];

/** Zoom beyond which the inset is hidden (the reader has left the national view). */
export const INSET_MAX_ZOOM = 5;
