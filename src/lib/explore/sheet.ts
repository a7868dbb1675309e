/**
 * The phone bottom sheet's two states and its drag rule: it peeks (the place above it stays in view)
 * or opens full (the passages to read). One place owns the heights, so the map frames the selected
 * place in what the peeking sheet leaves visible.
 */
export type SheetState = 'peek' | 'full';

/** Share of the map area's height the sheet takes in each state. */
export const SHEET_FRACTION: Record<SheetState, number> = { peek: 0.42, full: 0.88 };

/** Pixels of the map area a sheet in this state covers at the bottom. */
export function sheetHeight(state: SheetState, areaHeight: number): number {
	return Math.round(SHEET_FRACTION[state] * areaHeight);
}

/** The state a drag released at `height` pixels settles in: the nearer of the two. */
export function snapSheet(height: number, areaHeight: number): SheetState {
	const mid = ((SHEET_FRACTION.peek + SHEET_FRACTION.full) / 2) * areaHeight;
	return height >= mid ? 'full' : 'peek';
}

/** Movement (px) below which a press on the handle is a tap (toggle), not a drag. */
export const TAP_SLOP = 6;
