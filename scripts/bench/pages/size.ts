/**
 * Size of the map element of a bench page: `?w=…&h=…` (CSS pixels) so that it matches the map of
 * the home page; the whole window otherwise.
 */
export function applySize(el: HTMLElement): void {
	const q = new URLSearchParams(location.search);
	const w = Number(q.get('w'));
	const h = Number(q.get('h'));
	if (w > 0 && h > 0) {
		el.style.inset = 'auto';
		el.style.width = `${w}px`;
		el.style.height = `${h}px`;
	}
}

/** Records the moment the first complete render was seen (ms since navigation start). */
export function markRendered(extra: Record<string, unknown> = {}): void {
	const w = window as unknown as { __renderedAt?: number; __benchInfo?: Record<string, unknown> };
	if (w.__renderedAt !== undefined) return;
	w.__renderedAt = performance.now();
	w.__benchInfo = extra;
}
