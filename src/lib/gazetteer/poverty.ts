/** Counts of the 832 poverty counties by exit (摘帽) batch year. */
import type { PovertyCounty } from './types';

export function countByExitYear(rows: readonly PovertyCounty[]): Map<number, number> {
	const counts = new Map<number, number>();
	for (const r of rows) counts.set(r.exit_year, (counts.get(r.exit_year) ?? 0) + 1);
	return new Map([...counts].sort((a, b) => a[0] - b[0]));
}
