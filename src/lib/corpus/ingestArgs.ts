import { IngestError } from './ingestError';
import type { IngestOptions } from './ingest';

/** What `npm run ingest -- …` was asked to do. */
export interface IngestArgs {
	/** Ingest one file (`file` + options) or regenerate everything from the metadata (`all`). */
	mode: 'one' | 'all';
	options: IngestOptions;
	/** Output folder (default src/content/documents). */
	out: string;
	/** Folder of raw texts + metadata for `--all` (default src/content/speeches). */
	from: string;
	print: boolean;
	printReport: boolean;
	force: boolean;
}

export const USAGE =
	'usage: npm run ingest -- FILE --id ID --title TITLE [--title-en TITLE] --date YYYY-MM-DD [--kind speech|report] ' +
	'[--venue PLACE_ID] [--source LINE] [--speaker NAME] [--report-id ID] [--report-title TITLE] [--report-title-en TITLE] ' +
	'[--out DIR] [--print | --print-report] [--force]   |   npm run ingest -- --all [--from DIR] [--out DIR]';

const VALUE_FLAGS = {
	'--id': 'id',
	'--title': 'title',
	'--title-en': 'titleEn',
	'--date': 'date',
	'--kind': 'kind',
	'--venue': 'venue',
	'--source': 'source',
	'--speaker': 'speaker',
	'--report-id': 'reportId',
	'--report-title': 'reportTitle',
	'--report-title-en': 'reportTitleEn',
	'--out': 'out',
	'--from': 'from'
} as const;
const BOOL_FLAGS = {
	'--print': 'print',
	'--print-report': 'printReport',
	'--force': 'force',
	'--all': 'all'
} as const;

/** Parse the CLI arguments (after `--`). Throws IngestError naming the file (or `ingest`) on a bad call. */
export function parseIngestArgs(argv: readonly string[]): IngestArgs {
	const values: Partial<Record<(typeof VALUE_FLAGS)[keyof typeof VALUE_FLAGS], string>> = {};
	const flags: Partial<Record<(typeof BOOL_FLAGS)[keyof typeof BOOL_FLAGS], boolean>> = {};
	const files: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const [name, inline] =
			a.startsWith('--') && a.includes('=')
				? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
				: [a, undefined];
		if (name in VALUE_FLAGS) {
			const v = inline ?? argv[++i];
			if (v === undefined || (inline === undefined && v.startsWith('--'))) {
				throw new IngestError(files[0] ?? 'ingest', `${name} needs a value`);
			}
			values[VALUE_FLAGS[name as keyof typeof VALUE_FLAGS]] = v;
		} else if (name in BOOL_FLAGS) {
			flags[BOOL_FLAGS[name as keyof typeof BOOL_FLAGS]] = true;
		} else if (a.startsWith('-') && a !== '-') {
			throw new IngestError(files[0] ?? 'ingest', `unknown option ${a}; ${USAGE}`);
		} else {
			files.push(a);
		}
	}
	const file = files[0] ?? 'ingest';
	if (files.length > 1) throw new IngestError(file, `one input file at a time (got ${files.length})`);
	const kind = values.kind;
	if (kind !== undefined && kind !== 'speech' && kind !== 'report') {
		throw new IngestError(file, `invalid --kind "${kind}": speech or report`);
	}
	if (flags.print && flags.printReport)
		throw new IngestError(file, '--print and --print-report exclude each other');
	const common = {
		out: values.out ?? 'src/content/documents',
		from: values.from ?? 'src/content/speeches',
		print: flags.print ?? false,
		printReport: flags.printReport ?? false,
		force: flags.force ?? false
	};
	if (flags.all) {
		if (files.length > 0) throw new IngestError(file, '--all takes no input file');
		return { mode: 'all', options: { file: common.from, id: '' }, ...common };
	}
	if (files.length === 0) throw new IngestError('ingest', `no input file; ${USAGE}`);
	if (values.id === undefined) throw new IngestError(file, 'missing --id');
	return {
		mode: 'one',
		options: {
			file,
			id: values.id,
			title: values.title,
			titleEn: values.titleEn,
			date: values.date,
			kind,
			venue: values.venue,
			source: values.source,
			speaker: values.speaker,
			reportId: values.reportId,
			reportTitle: values.reportTitle,
			reportTitleEn: values.reportTitleEn
		},
		...common
	};
}
