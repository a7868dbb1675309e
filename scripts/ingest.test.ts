import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve('.');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SCRIPT = join(ROOT, 'scripts/ingest.ts');
const SPEECHES = join(ROOT, 'src/content/speeches');
const DOCUMENTS = join(ROOT, 'src/content/documents');
const FIXTURES = join(ROOT, 'src/lib/corpus/fixtures');
const SEEDS = resolve(ROOT, '../shared/seeds');

const tmp = mkdtempSync(join(tmpdir(), 'ingest-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
/** A fresh empty folder for one test. */
const dir = () => {
	const d = join(tmp, `t${n++}`);
	cpSync(FIXTURES, join(d, 'in'), { recursive: true });
	cpSync(SPEECHES, join(d, 'in'), { recursive: true });
	return d;
};

function ingest(cwd: string, ...args: string[]) {
	const r = spawnSync(TSX, [SCRIPT, ...args], { cwd, encoding: 'utf8' });
	return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The files in `d/out`, temp files included (none may be left behind). */
const outFiles = (d: string) => (existsSync(join(d, 'out')) ? readdirSync(join(d, 'out')).sort() : []);

/** A failure: exit 1, exactly one line on stderr that names the file, nothing on stdout, no output. */
function expectFailure(d: string, r: ReturnType<typeof ingest>, pattern: RegExp) {
	expect(r.code).toBe(1);
	expect(r.out).toBe('');
	expect(r.err.endsWith('\n')).toBe(true);
	expect(r.err.trimEnd().split('\n')).toHaveLength(1);
	expect(r.err).toMatch(pattern);
	expect(outFiles(d)).toEqual([]);
}

describe.concurrent('npm run ingest (scripts/ingest.ts as a subprocess)', () => {
	it('writes ID.json with the flags given, equal to the committed document', () => {
		const d = dir();
		const meta = JSON.parse(readFileSync(join(SPEECHES, '2017-06-23-taiyuan.meta.json'), 'utf8'));
		const r = ingest(
			d,
			'in/2017-06-23-taiyuan.txt',
			'--id',
			meta.id,
			'--title',
			meta.title,
			'--title-en',
			meta.title_en,
			'--date',
			meta.date,
			'--kind',
			'speech',
			'--venue',
			meta.venue,
			'--source',
			meta.source,
			'--speaker',
			meta.speaker,
			'--out',
			'out'
		);
		expect(r.code).toBe(0);
		expect(outFiles(d)).toEqual(['2017-06-23-taiyuan.json']);
		expect(readFileSync(join(d, 'out/2017-06-23-taiyuan.json'), 'utf8')).toBe(
			readFileSync(join(DOCUMENTS, '2017-06-23-taiyuan.json'), 'utf8')
		);
	});

	it('takes title, date and speaker from the text when no flag is given; source defaults to the dateline', () => {
		const d = dir();
		const r = ingest(d, 'in/2017-06-23-taiyuan.txt', '--id', 'new-speech', '--out', 'out');
		expect(r.code).toBe(0);
		const doc = JSON.parse(readFileSync(join(d, 'out/new-speech.json'), 'utf8'));
		expect(doc).toMatchObject({
			id: 'new-speech',
			title: '在深度贫困地区脱贫攻坚座谈会上的讲话',
			date: '2017-06-23',
			kind: 'speech',
			speaker: '习近平',
			source: '新华社北京8月31日电'
		});
		expect(doc.venue).toBeUndefined();
	});

	it('splits the report off the 2020 text into ID-xinhua.json', () => {
		const d = dir();
		const r = ingest(d, 'in/2020-03-06-beijing.txt', '--id', 'b', '--venue', 'beijing', '--out', 'out');
		expect(r.code).toBe(0);
		expect(outFiles(d)).toEqual(['b-xinhua.json', 'b.json']);
		const report = JSON.parse(readFileSync(join(d, 'out/b-xinhua.json'), 'utf8'));
		expect(report).toMatchObject({
			kind: 'report',
			date: '2020-03-06',
			venue: 'beijing',
			title: '决战决胜脱贫攻坚座谈会新华社报道'
		});
		expect(report.paragraphs).toHaveLength(13);
	});

	it('--print writes the JSON to stdout and nothing else, and no file', () => {
		const d = dir();
		const r = ingest(d, 'in/2020-03-06-beijing.txt', '--id', 'b', '--print', '--out', 'out');
		expect(r.code).toBe(0);
		expect(r.err).toBe('');
		const doc = JSON.parse(r.out);
		expect(doc.id).toBe('b');
		expect(doc.paragraphs).toHaveLength(35);
		expect(outFiles(d)).toEqual([]);
		const rep = ingest(d, 'in/2020-03-06-beijing.txt', '--id', 'b', '--print-report');
		expect(JSON.parse(rep.out)).toMatchObject({ id: 'b-xinhua', kind: 'report' });
	});

	it('refuses to overwrite an existing id without --force, and overwrites with it', () => {
		const d = dir();
		expect(ingest(d, 'in/2017-06-23-taiyuan.txt', '--id', 'x', '--out', 'out').code).toBe(0);
		const target = join(d, 'out/x.json');
		writeFileSync(target, 'old');
		const r = ingest(d, 'in/2017-06-23-taiyuan.txt', '--id', 'x', '--out', 'out');
		expect(r.code).toBe(1);
		expect(r.err).toBe(
			`in/2017-06-23-taiyuan.txt: ${join('out', 'x.json')} already exists (use --force to overwrite)\n`
		);
		expect(readFileSync(target, 'utf8')).toBe('old');
		expect(outFiles(d)).toEqual(['x.json']);
		expect(ingest(d, 'in/2017-06-23-taiyuan.txt', '--id', 'x', '--out', 'out', '--force').code).toBe(0);
		expect(JSON.parse(readFileSync(target, 'utf8')).paragraphs).toHaveLength(41);
		expect(outFiles(d)).toEqual(['x.json']); // no temp file left behind
	});

	it('refuses when the split-off report id exists, and writes neither file', () => {
		const d = dir();
		expect(ingest(d, 'in/2020-03-06-beijing.txt', '--id', 'b', '--out', 'out', '--print').code).toBe(0);
		cpSync(join(DOCUMENTS, '2020-03-06-beijing-xinhua.json'), join(d, 'out/b-xinhua.json'));
		const r = ingest(d, 'in/2020-03-06-beijing.txt', '--id', 'b', '--out', 'out');
		expect(r.code).toBe(1);
		expect(r.err).toMatch(/b-xinhua\.json already exists/);
		expect(outFiles(d)).toEqual(['b-xinhua.json']);
	});

	it.each([
		['empty file', 'in/empty.txt', [], /^in\/empty\.txt: empty file\n$/],
		['blank file', 'in/blank.txt', [], /^in\/blank\.txt: empty file/],
		['GBK bytes', 'in/gbk.txt', [], /^in\/gbk\.txt:2: not valid UTF-8 \(byte 0x[0-9a-f]{2} at byte 34\)/],
		['binary data', 'in/binary.bin', [], /^in\/binary\.bin:2: binary data/],
		[
			'malformed date',
			'in/2017-06-23-taiyuan.txt',
			['--date', '2020-13-40'],
			/^in\/2017-06-23-taiyuan\.txt: invalid date "2020-13-40"/
		],
		[
			'date not YYYY-MM-DD',
			'in/2017-06-23-taiyuan.txt',
			['--date', '23.6.2017'],
			/invalid date "23\.6\.2017"/
		],
		['missing file', 'in/nope.txt', [], /^in\/nope\.txt: no such file\n$/],
		[
			'bad kind',
			'in/2017-06-23-taiyuan.txt',
			['--kind', 'essay'],
			/^in\/2017-06-23-taiyuan\.txt: invalid --kind "essay"/
		],
		['bad id', 'in/2017-06-23-taiyuan.txt', ['--id', 'Not OK'], /invalid id "Not OK"/],
		[
			'unknown flag',
			'in/2017-06-23-taiyuan.txt',
			['--titel', 'x'],
			/^in\/2017-06-23-taiyuan\.txt: unknown option --titel/
		]
	])('%s: one-line error naming the file, exit 1, no output', (_name, file, extra, pattern) => {
		const d = dir();
		const args = extra.includes('--id') ? [file, ...extra] : [file, '--id', 'x', ...extra];
		expectFailure(d, ingest(d, ...args, '--out', 'out'), pattern);
	});

	it('missing date: a text without a title block needs --date', () => {
		const d = dir();
		writeFileSync(join(d, 'in/body.txt'), '　　第一段。\n　　第二段。\n');
		expectFailure(
			d,
			ingest(d, 'in/body.txt', '--id', 'x', '--title', 'T', '--out', 'out'),
			/^in\/body\.txt: no date: pass --date/
		);
		expect(
			ingest(d, 'in/body.txt', '--id', 'x', '--title', 'T', '--date', '2021-02-25', '--out', 'out').code
		).toBe(0);
	});

	it('missing --id', () => {
		const d = dir();
		expectFailure(
			d,
			ingest(d, 'in/2017-06-23-taiyuan.txt', '--out', 'out'),
			/^in\/2017-06-23-taiyuan\.txt: missing --id\n$/
		);
	});
});

describe('npm run ingest:all', () => {
	it('regenerates exactly the committed documents from src/content/speeches', () => {
		const d = dir();
		const r = ingest(ROOT, '--all', '--out', join(d, 'out'));
		expect(r.code).toBe(0);
		const committed = readdirSync(DOCUMENTS)
			.filter((f) => f.endsWith('.json'))
			.sort();
		expect(outFiles(d)).toEqual(committed);
		for (const f of committed) {
			expect(readFileSync(join(d, 'out', f), 'utf8'), f).toBe(readFileSync(join(DOCUMENTS, f), 'utf8'));
		}
	});

	it('rejects metadata whose id does not match its file name', () => {
		const d = dir();
		const meta = JSON.parse(readFileSync(join(SPEECHES, '2017-06-23-taiyuan.meta.json'), 'utf8'));
		rmSync(join(d, 'in'), { recursive: true });
		cpSync(SPEECHES, join(d, 'in'), { recursive: true });
		writeFileSync(join(d, 'in/2017-06-23-taiyuan.meta.json'), JSON.stringify({ ...meta, id: 'other' }));
		expectFailure(
			d,
			ingest(d, '--all', '--from', 'in', '--out', 'out'),
			/^in\/2017-06-23-taiyuan\.meta\.json: id "other" does not match/
		);
	});

	it.skipIf(!existsSync(SEEDS))('the project copies are byte-identical to the seed texts', () => {
		for (const f of readdirSync(SPEECHES).filter((x) => x.endsWith('.meta.json'))) {
			const meta = JSON.parse(readFileSync(join(SPEECHES, f), 'utf8'));
			const copy = join(SPEECHES, `${meta.id}.txt`);
			expect(statSync(copy).size).toBeGreaterThan(0);
			expect(readFileSync(copy).equals(readFileSync(join(SEEDS, meta.seed))), meta.id).toBe(true);
		}
	});
});
