/** True if `s` is `YYYY-MM-DD` and names a real calendar day (so `2020-13-40` and `2019-02-29` are not). */
export function isIsoDate(s: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const t = new Date(Date.UTC(y, mo - 1, d));
	return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** `2017`, `6`, `23` → `2017-06-23` (not validated). */
export function toIsoDate(y: string | number, m: string | number, d: string | number): string {
	return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
