/**
 * `npm run ingest -- FILE --id ID …` — turn a raw speech text into the document JSON the site uses
 * (src/content/documents/ID.json, plus ID-xinhua.json / ID-report.json when the text holds a
 * report split off a newspaper page). `--print` writes the JSON to stdout only.
 * `npm run ingest:all` regenerates every document from src/content/speeches/*.txt + *.meta.json.
 * Any failure: one line `FILE[:LINE]: message` on stderr, exit code 1, no file written.
 * Schema and rules: src/content/README.md.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decodeText } from '../src/lib/corpus/decodeText';
import { documentJson } from '../src/lib/corpus/documentJson';
import { ingestText, type IngestOptions } from '../src/lib/corpus/ingest';
import { parseIngestArgs } from '../src/lib/corpus/ingestArgs';
import { IngestError } from '../src/lib/corpus/ingestError';
import { metaToOptions, parseSpeechMeta } from '../src/lib/corpus/speechMeta';
import type { SpeechDocument } from '../src/lib/corpus/types';

function readText(file: string): string {
	let bytes: Buffer;
	try {
		bytes = readFileSync(file);
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		throw new IngestError(
			file,
			code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code})`
		);
	}
	return decodeText(bytes, file);
}

function ingestFile(opts: IngestOptions): SpeechDocument[] {
	return ingestText(readText(opts.file), opts).documents;
}

/** Write every document or none: refuse existing files (unless force), stage temp files, then rename. */
function writeDocuments(docs: SpeechDocument[], out: string, force: boolean, file: string): void {
	const targets = docs.map((d) => join(out, `${d.id}.json`));
	if (!force) {
		const taken = targets.find((t) => existsSync(t));
		if (taken) throw new IngestError(file, `${taken} already exists (use --force to overwrite)`);
	}
	try {
		mkdirSync(out, { recursive: true });
	} catch (e) {
		throw new IngestError(file, `cannot create ${out} (${(e as NodeJS.ErrnoException).code})`);
	}
	const temps = targets.map((t) => join(out, `.${basename(t)}.${process.pid}.tmp`));
	try {
		docs.forEach((d, i) => writeFileSync(temps[i], documentJson(d), { flag: 'wx' }));
		temps.forEach((tmp, i) => renameSync(tmp, targets[i]));
	} catch (e) {
		for (const tmp of temps) rmSync(tmp, { force: true });
		throw new IngestError(file, `cannot write to ${out} (${(e as NodeJS.ErrnoException).code ?? e})`);
	}
}

/** Every `<id>.meta.json` in `from` with its text `<id>.txt`, as ingest options. */
function allOptions(from: string): IngestOptions[] {
	const metas = readdirSync(from)
		.filter((f) => f.endsWith('.meta.json'))
		.sort();
	if (metas.length === 0) throw new IngestError(from, 'no *.meta.json files');
	return metas.map((m) => {
		const metaFile = join(from, m);
		let json: unknown;
		try {
			json = JSON.parse(readFileSync(metaFile, 'utf8'));
		} catch (e) {
			throw new IngestError(metaFile, `not valid JSON (${(e as Error).message})`);
		}
		const meta = parseSpeechMeta(json, metaFile);
		return metaToOptions(meta, join(from, `${meta.id}.txt`));
	});
}

function main(argv: string[]): void {
	const args = parseIngestArgs(argv);
	if (args.mode === 'all') {
		const jobs = allOptions(args.from).map((o) => ({ o, docs: ingestFile(o) }));
		for (const { o, docs } of jobs) writeDocuments(docs, args.out, true, o.file);
		for (const { docs } of jobs)
			for (const d of docs)
				console.log(
					`${join(args.out, `${d.id}.json`)}: ${d.paragraphs.length} paragraphs, ${d.sections.length} sections`
				);
		return;
	}
	const docs = ingestFile(args.options);
	if (args.print || args.printReport) {
		const doc = args.printReport ? docs[1] : docs[0];
		if (!doc) throw new IngestError(args.options.file, 'no report in this text (no 【紧接第N版】 marker)');
		process.stdout.write(documentJson(doc));
		return;
	}
	writeDocuments(docs, args.out, args.force, args.options.file);
	for (const d of docs)
		console.error(`wrote ${join(args.out, `${d.id}.json`)} (${d.paragraphs.length} paragraphs)`);
}

try {
	main(process.argv.slice(2));
} catch (e) {
	const line = e instanceof IngestError ? e.toLine() : `ingest: ${(e as Error).message ?? e}`;
	process.stderr.write(`${line.replace(/[\r\n]+/g, ' ')}\n`);
	process.exit(1);
}
