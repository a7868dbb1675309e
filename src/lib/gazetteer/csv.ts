/**
 * Minimal RFC 4180 CSV reader for the gazetteer tables: quoted fields, doubled quotes, LF or CRLF
 * line ends, a leading BOM. Returns one record per non-empty line, keyed by the header.
 */
export function parseCsv(text: string): Record<string, string>[] {
	const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const records: string[][] = [];
	let field = '';
	let record: string[] = [];
	let quoted = false;
	const endRecord = () => {
		record.push(field);
		field = '';
		if (record.some((f) => f !== '')) records.push(record);
		record = [];
	};
	for (let i = 0; i < src.length; i++) {
		const ch = src[i];
		if (quoted) {
			if (ch === '"' && src[i + 1] === '"') {
				field += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else field += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') {
			record.push(field);
			field = '';
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && src[i + 1] === '\n') i++;
			endRecord();
		} else field += ch;
	}
	if (field !== '' || record.length > 0) endRecord();
	const [header, ...rows] = records;
	if (!header) return [];
	return rows.map((r) => Object.fromEntries(header.map((h, j) => [h.trim(), r[j] ?? ''])));
}
