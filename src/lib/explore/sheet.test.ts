import { describe, expect, it } from 'vitest';
import { sheetHeight, snapSheet, SHEET_FRACTION } from './sheet';

describe('bottom sheet', () => {
	it('peeks lower than it opens, leaving most of the map visible when peeking', () => {
		expect(sheetHeight('peek', 700)).toBeLessThan(sheetHeight('full', 700));
		expect(SHEET_FRACTION.peek).toBeLessThan(0.5);
	});
	it('snaps a released drag to the nearer state', () => {
		const area = 700;
		expect(snapSheet(sheetHeight('peek', area) + 10, area)).toBe('peek');
		expect(snapSheet(sheetHeight('full', area) - 10, area)).toBe('full');
		expect(snapSheet(50, area)).toBe('peek');
		expect(snapSheet(area, area)).toBe('full');
	});
});
