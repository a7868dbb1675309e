/**
 * When the offline layer may start: after the page's first complete view. On a first visit the
 * service worker's install downloads every page and data file of the site; started with the page, it
 * competed with the map's first render for the network and the CPU (on a 2-core machine the home
 * page took 5.6 s instead of 3.2 s: scripts/bench/README-bench.md). A map page calls
 * `firstViewDrawn()` when its map is idle (or shown without WebGL); other pages wait `fallbackMs`
 * after the window's `load`.
 */
let drawn: () => void = () => {};
const firstView = new Promise<void>((resolve) => (drawn = resolve));

/** Called by the map when its first complete view is on screen. */
export function firstViewDrawn(): void {
	drawn();
}

/** Resolves after the first complete view, or `fallbackMs` after `load` on a page without a map. */
export function afterFirstView(fallbackMs = 4000): Promise<void> {
	const loaded = new Promise<void>((resolve) =>
		document.readyState === 'complete' ? resolve() : addEventListener('load', () => resolve(), { once: true })
	);
	const fallback = loaded.then(() => new Promise<void>((resolve) => setTimeout(resolve, fallbackMs)));
	return Promise.race([firstView, fallback]);
}
