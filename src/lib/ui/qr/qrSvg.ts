import { encode } from 'uqr';

/** Light modules kept around the code, as the QR standard asks (4 modules). */
export const QUIET_ZONE = 4;
/** Up to this version (57 × 57 modules) level Q is used; longer text falls back to level M. */
export const MAX_VERSION_AT_Q = 10;

export interface QrSvg {
	/** Side of the square viewBox in modules, quiet zone included. */
	side: number;
	/** One SVG path drawing every dark module (runs of a row merged into one rectangle). */
	path: string;
	ecc: 'M' | 'Q';
	version: number;
}

/**
 * Encodes text as a QR code drawn as one SVG path. Error correction Q (a quarter of the code can be
 * lost, e.g. to projector glare) while the code stays at most 57 modules wide; beyond that level M,
 * so that long addresses (filters and a view in the query string) keep modules large enough to scan.
 * Returns null when the text does not fit in a QR code at level M (over about 2,300 bytes).
 */
export function qrSvg(text: string): QrSvg | null {
	let ecc: 'M' | 'Q' = 'Q';
	let qr;
	try {
		qr = encode(text, { ecc: 'Q', border: 0, maxVersion: MAX_VERSION_AT_Q });
	} catch {
		ecc = 'M';
		try {
			qr = encode(text, { ecc: 'M', border: 0 });
		} catch {
			return null;
		}
	}
	const parts: string[] = [];
	qr.data.forEach((row, y) => {
		let x = 0;
		while (x < row.length) {
			if (!row[x]) {
				x++;
				continue;
			}
			const start = x;
			while (x < row.length && row[x]) x++;
			const run = x - start;
			parts.push(`M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${run}v1h-${run}z`);
		}
	});
	return { side: qr.size + 2 * QUIET_ZONE, path: parts.join(''), ecc, version: qr.version };
}
