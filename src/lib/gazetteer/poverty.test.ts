import { describe, expect, it } from 'vitest';
import { loadPovertyCounties } from './load';
import { countByExitYear } from './poverty';
import { corpusTexts } from './testing/texts';

const rows = loadPovertyCounties();
const counts = countByExitYear(rows);
const sum = (years: number[]) => years.reduce((n, y) => n + (counts.get(y) ?? 0), 0);

describe('countByExitYear', () => {
	it('counts 832 counties in the batches 2016–2020', () => {
		expect([...counts.keys()]).toEqual([2016, 2017, 2018, 2019, 2020]);
		expect(sum([2016, 2017, 2018, 2019, 2020])).toBe(832);
		expect(rows).toHaveLength(832);
		// 冷湖 and 茫崖 行委 are both 茫崖市 (632803) today
		expect(new Set(rows.map((r) => r.code_2023)).size).toBe(831);
	});

	it('matches the batch totals of the year-by-year exit lists (S_EXIT_XLSX)', () => {
		expect(Object.fromEntries(counts)).toEqual({ 2016: 28, 2017: 125, 2018: 283, 2019: 344, 2020: 52 });
	});

	it('agrees with the figures of the 2020 speech (601 lifted + 179 under inspection = 2016–2019; 52 left)', () => {
		const text = corpusTexts()['2020-03-06-beijing'];
		const m = /全国(\d+)个贫困县中已有(\d+)个宣布摘帽，(\d+)个正在进行退出检查，未摘帽县还有(\d+)个/.exec(
			text
		);
		expect(m).not.toBeNull();
		const [total, lifted, inspected, left] = m!.slice(1).map(Number);
		expect(total).toBe(rows.length);
		expect(lifted + inspected).toBe(sum([2016, 2017, 2018, 2019]));
		expect(sum([2016, 2017, 2018, 2019])).toBe(780);
		expect(left).toBe(counts.get(2020));
	});
});
