/** The prerendered /data endpoints answer with the exports built from the real data. */
import { describe, expect, it } from 'vitest';
import { documents } from '$lib/corpus/documents';
import { GET as places } from './places.geojson/+server';
import { GET as csv } from './mentions.csv/+server';
import { GET as indexJson } from './index.json/+server';
import { GET as speech, entries } from './speeches/[doc].json/+server';

// The handlers read no request fields except params; a minimal event is enough.
const call = (handler: (e: never) => Response | Promise<Response>, params: Record<string, string> = {}) =>
	handler({ params } as never);

describe('/data endpoints', () => {
	it('/data/speeches/[doc].json lists every document for prerendering and serves it', async () => {
		const ids = (await entries()).map((e) => e.doc);
		expect(ids.sort()).toEqual(documents.map((d) => d.id).sort());
		expect(ids.length).toBeGreaterThanOrEqual(3);
		const res = await call(speech, { doc: '2017-06-23-taiyuan' });
		const doc = await res.json();
		expect(doc.id).toBe('2017-06-23-taiyuan');
		expect(doc.paragraphs.length).toBeGreaterThan(30);
	});

	it('/data/mentions.csv is CSV with a BOM', async () => {
		const res = await call(csv);
		expect(res.headers.get('content-type')).toContain('text/csv');
		const bytes = new Uint8Array(await res.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	});

	it('/data/places.geojson and /data/index.json are JSON of the documented shape', async () => {
		const geo = await (await call(places)).json();
		expect(geo.type).toBe('FeatureCollection');
		const index = await (await call(indexJson)).json();
		expect(index.schema).toBe(1);
		expect(Object.keys(index.places).length).toBeGreaterThan(50);
	});
});
