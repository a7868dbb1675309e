/**
 * Injected before any page script. Records, with performance.now() (ms since navigation start):
 * `created` — the MapLibre map exists (first animation frame that finds it); `load` — the MapLibre map's `load` event (style ready); for the home page `dataReady` — the map
 * element got data-ready="true" (base sources set); `overlays` — it also got data-overlays="true"
 * (the overlays of the first view — 三区三州, the areas, named units, villages — have their data);
 * `idle` — the next `idle` with `map.loaded()` after both, i.e. the first complete render of
 * everything the first view shows; `inset` — the 南海诸岛 inset got data-ready;
 * `search` — the search box is in the document and enabled (typing into it is kept); `frames` — how
 * many frames MapLibre drew until `idle` (a count, not a time).
 * The bench pages set `window.__renderedAt` themselves.
 */
export const INSTRUMENT = `(() => {
	const b = (window.__bench = {});
	const rec = (k) => { if (!(k in b)) b[k] = performance.now(); };
	let hooked = false, watching = false;
	const hook = () => {
		if (hooked) return;
		const el = document.querySelector('[data-testid="map"], #map');
		if (el && el.__map) {
			hooked = true;
			rec('created');
			el.__map.once('load', () => rec('load'));
			// Frames drawn until the first complete render (not a time: a count, read as such).
			el.__map.on('render', () => { if (window.__renderedAt === undefined) b.frames = (b.frames || 0) + 1; });
		}
		else requestAnimationFrame(hook);
	};
	requestAnimationFrame(hook);
	new MutationObserver(() => {
		if (document.querySelector('[data-testid="map"][data-ready="true"]')) rec('dataReady');
		const el = document.querySelector('[data-testid="map"][data-ready="true"][data-overlays="true"]');
		if (el && !watching) {
			watching = true;
			rec('overlays');
			const map = el.__map;
			const onIdle = () => { if (map.loaded()) { rec('idle'); window.__renderedAt = b.idle; } else map.once('idle', onIdle); };
			map.once('idle', onIdle);
		}
		if (document.querySelector('[data-testid="inset"][data-ready="true"]')) rec('inset');
		const s = document.getElementById('search-input');
		if (s && !s.disabled) rec('search');
	}).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready', 'data-overlays', 'disabled'] });
})();`;
