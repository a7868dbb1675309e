/**
 * npm run bench:match — matcher throughput over the corpus replicated to ≥ 20 MB.
 *
 * The base text is every paragraph of every document in src/content/documents/ repeated
 * until it is ≥ 0.2 MB of UTF-8, so that 100× is ≥ 20 MB. Each size is matched as one
 * document (paragraph structure kept); the gazetteer is compiled once beforehand (its cost
 * is printed separately). MB = 10^6 bytes of UTF-8 text. Linear cost shows as a flat MB/s
 * column and a mention count that grows exactly with the size.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { SpeechDocument } from '../../src/lib/corpus/types';
import { compileMatcher, findMentions } from '../../src/lib/corpus/matcher';
import { loadGazetteer } from '../../src/lib/gazetteer/load';

const BASE_BYTES = 200_000;
const dir = join(import.meta.dirname, '../../src/content/documents');
const docs: SpeechDocument[] = readdirSync(dir)
	.filter((f) => f.endsWith('.json'))
	.sort()
	.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as SpeechDocument);
const texts = docs.flatMap((d) => d.paragraphs.map((p) => p.text));
const bytes = (ts: string[]) => ts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);

const corpusBytes = bytes(texts);
const copies = Math.ceil(BASE_BYTES / corpusBytes);
const base = Array.from({ length: copies }, () => texts).flat();

function documentOf(paragraphs: string[]): SpeechDocument {
	return {
		schema: 1,
		id: 'bench',
		title: 'bench',
		date: '2020-01-01',
		kind: 'speech',
		source: 'bench',
		sections: [{ id: 's0', heading: null }],
		paragraphs: paragraphs.map((text, i) => ({ id: `p${i + 1}`, section: 's0', text }))
	};
}

const gazetteer = loadGazetteer();
let t0 = performance.now();
compileMatcher(gazetteer);
const compileMs = performance.now() - t0;

console.log(
	`corpus: ${docs.length} documents, ${texts.length} paragraphs, ${(corpusBytes / 1e6).toFixed(3)} MB`
);
console.log(`base (1×): corpus × ${copies} = ${(bytes(base) / 1e6).toFixed(3)} MB`);
console.log(`gazetteer: ${gazetteer.places.length} places, compiled in ${compileMs.toFixed(1)} ms`);
console.log('size   MB       ms        MB/s     mentions');

// Warm up the JIT on the base size.
findMentions(documentOf(base), gazetteer);
const results: { factor: number; mbps: number }[] = [];
for (const factor of [1, 10, 100]) {
	const paragraphs = Array.from({ length: factor }, () => base).flat();
	const doc = documentOf(paragraphs);
	const mb = bytes(paragraphs) / 1e6;
	const runs = factor === 100 ? 3 : factor === 10 ? 5 : 20;
	let best = Infinity;
	let count = 0;
	for (let r = 0; r < runs; r++) {
		t0 = performance.now();
		count = findMentions(doc, gazetteer).length;
		best = Math.min(best, performance.now() - t0);
	}
	const mbps = mb / (best / 1000);
	results.push({ factor, mbps });
	console.log(
		`${String(factor).padEnd(4)}× ${mb.toFixed(2).padStart(6)} ${best.toFixed(1).padStart(9)} ${mbps.toFixed(1).padStart(9)} ${String(count).padStart(10)}`
	);
}
const ratio = results[2].mbps / results[0].mbps;
console.log(`throughput 100× / 1× = ${ratio.toFixed(2)} (1.00 = perfectly linear cost)`);
