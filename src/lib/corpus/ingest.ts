import { IngestError } from './ingestError';
import { isIsoDate, toIsoDate } from './isoDate';
import { joinBroken } from './normalizeSpace';
import { CONTINUATION, DATE_LINE, TERMINAL, textUnits, type TextUnit } from './textUnits';
import type { DocumentKind, Paragraph, Section, SpeechDocument, TitleBlock } from './types';

export interface IngestOptions {
	/** Path or name of the source, used in error messages and as the default source line. */
	file: string;
	id: string;
	/** Flags win over what the text's own title block says. */
	title?: string;
	/** The title in English (for the English UI). */
	titleEn?: string;
	date?: string;
	kind?: DocumentKind;
	speaker?: string;
	venue?: string;
	source?: string;
	/** Id and title of a report split off the text (default: see defaultReportId / defaultReportTitle). */
	reportId?: string;
	reportTitle?: string;
	reportTitleEn?: string;
}

export type SegmentRole = 'title' | 'date' | 'author' | 'heading' | 'paragraph' | 'dateline' | 'continuation';

/** One piece of the source as ingestion read it, in source order: the basis of the completeness test. */
export interface Segment {
	docId: string;
	role: SegmentRole;
	text: string;
	/** 1-based line where the piece starts. */
	line: number;
}

export interface IngestResult {
	/** The main document, then the split-off report if the text holds one. */
	documents: SpeechDocument[];
	segments: Segment[];
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A section heading: `一、…` with no sentence punctuation, short. */
const HEADING = /^[一二三四五六七八九十]{1,3}、[^。！？；!?;]{1,60}$/;
const DATELINE = /^(.*?)([（(]新华社[^（）()]{1,30}电[）)])$/;
const AUTHOR = /^[\p{Script=Han}·]{2,12}$/u;

interface Part {
	units: TextUnit[];
	continuation?: { text: string; line: number };
}

interface TitleFound {
	block: TitleBlock;
	isoDate: string;
	indices: number[];
	lines: [number, number, number | undefined];
}

function findTitleBlock(units: TextUnit[], file: string): TitleFound | undefined {
	for (let i = 1; i < units.length; i++) {
		const m = DATE_LINE.exec(units[i].text);
		const title = units[i - 1];
		if (!m || title.text.length > 80 || /[。！？；]/.test(title.text)) continue;
		const isoDate = toIsoDate(m[1], m[2], m[3]);
		if (!isIsoDate(isoDate)) {
			throw new IngestError(file, `invalid date in the title block: ${units[i].text}`, units[i].line);
		}
		const next = units[i + 1];
		const hasAuthor = next !== undefined && AUTHOR.test(next.text);
		const block: TitleBlock = { title: title.text, date: units[i].text };
		if (hasAuthor) block.author = next.text;
		return {
			block,
			isoDate,
			indices: hasAuthor ? [i - 1, i, i + 1] : [i - 1, i],
			lines: [title.line, units[i].line, hasAuthor ? next.line : undefined]
		};
	}
	return undefined;
}

interface Built {
	sections: Section[];
	paragraphs: Paragraph[];
	dateline?: string;
	segments: Omit<Segment, 'docId'>[];
}

/** Merge units into paragraphs and headings, number them, and pull a closing dateline out. */
function buildBody(units: TextUnit[]): Built {
	type Piece = { text: string; line: number; heading: boolean };
	const pieces: Piece[] = [];
	for (const u of units) {
		const heading = HEADING.test(u.text);
		const prev = pieces[pieces.length - 1];
		// A column break inside a paragraph: the previous piece stops mid-sentence and nothing
		// (an indent, a heading) says a new paragraph starts.
		if (prev && !prev.heading && !heading && !u.indented && !TERMINAL.test(prev.text)) {
			prev.text = joinBroken(prev.text, u.text);
		} else {
			pieces.push({ text: u.text, line: u.line, heading });
		}
	}
	let dateline: string | undefined;
	let datelineLine = 0;
	const last = pieces[pieces.length - 1];
	const dm = last && !last.heading ? DATELINE.exec(last.text) : null;
	if (last && dm) {
		dateline = dm[2];
		datelineLine = last.line;
		last.text = dm[1].trimEnd();
		if (last.text === '') pieces.pop();
	}
	const sections: Section[] = [];
	const paragraphs: Paragraph[] = [];
	const segments: Built['segments'] = [];
	let section = 's0';
	for (const p of pieces) {
		if (p.heading) {
			section = `s${sections.filter((s) => s.heading !== null).length + 1}`;
			sections.push({ id: section, heading: p.text });
			segments.push({ role: 'heading', text: p.text, line: p.line });
			continue;
		}
		if (section === 's0' && sections.length === 0) sections.push({ id: 's0', heading: null });
		paragraphs.push({ id: `p${paragraphs.length + 1}`, section, text: p.text });
		segments.push({ role: 'paragraph', text: p.text, line: p.line });
	}
	if (dateline) segments.push({ role: 'dateline', text: dateline, line: datelineLine });
	return { sections, paragraphs, dateline, segments };
}

/** Default id of a split-off report: `${id}-xinhua` if it or the main text is a Xinhua text, else `${id}-report`. */
export function defaultReportId(id: string, xinhua: boolean): string {
	return `${id}-${xinhua ? 'xinhua' : 'report'}`;
}

/** Default title of a split-off report: the event named by the speech title (`在…上的讲话`) + `报道`. */
export function defaultReportTitle(title: string, xinhua: boolean): string {
	const event = title.replace(/^在/, '').replace(/上的(?:讲话|致辞|发言)$/, '');
	return `${event}${xinhua ? '新华社' : ''}报道`;
}

/**
 * Turn a decoded speech text into the document(s) the site uses. Pure: no file system.
 * Throws IngestError (with file and line where one applies) on anything it cannot read.
 */
export function ingestText(text: string, opts: IngestOptions): IngestResult {
	const { file } = opts;
	if (!ID.test(opts.id)) {
		throw new IngestError(file, `invalid id "${opts.id}": use lower-case ASCII letters, digits and hyphens`);
	}
	const units = textUnits(text);
	if (units.length === 0) throw new IngestError(file, 'empty file (no text)');

	const found = findTitleBlock(units, file);
	const skip = new Set(found?.indices ?? []);
	const main: Part = { units: [] };
	let report: Part | undefined;
	units.forEach((u, i) => {
		if (skip.has(i)) return;
		const marker = report ? null : CONTINUATION.exec(u.text);
		if (marker) {
			const rest = u.text.slice(marker[0].length);
			report = { units: [], continuation: { text: marker[0], line: u.line } };
			if (rest !== '') report.units.push({ ...u, text: rest, indented: false });
			return;
		}
		(report ?? main).units.push(u);
	});

	const title = opts.title ?? found?.block.title;
	if (!title) throw new IngestError(file, 'no title: pass --title (the text has no title block)');
	const date = opts.date ?? found?.isoDate;
	if (!date)
		throw new IngestError(file, 'no date: pass --date YYYY-MM-DD (the text has no （YYYY年M月D日） line)');
	if (!isIsoDate(date)) {
		throw new IngestError(file, `invalid date "${date}": expected a real calendar date YYYY-MM-DD`);
	}

	const body = buildBody(main.units);
	if (body.paragraphs.length === 0) throw new IngestError(file, 'no paragraphs found');
	const source = opts.source ?? body.dateline?.replace(/^[（(]|[）)]$/g, '') ?? file.split(/[\\/]/).pop()!;
	const speaker = opts.speaker ?? found?.block.author;
	const doc: SpeechDocument = {
		schema: 1,
		id: opts.id,
		title,
		...(opts.titleEn ? { title_en: opts.titleEn } : {}),
		date,
		kind: opts.kind ?? 'speech',
		...(speaker ? { speaker } : {}),
		...(opts.venue ? { venue: opts.venue } : {}),
		source,
		...(found ? { titleBlock: found.block } : {}),
		...(body.dateline ? { dateline: body.dateline } : {}),
		sections: body.sections,
		paragraphs: body.paragraphs
	};
	const segments: Segment[] = [];
	const documents = [doc];
	const titleSegments: Segment[] = found
		? [
				{ docId: doc.id, role: 'title', text: found.block.title, line: found.lines[0] },
				{ docId: doc.id, role: 'date', text: found.block.date, line: found.lines[1] },
				...(found.block.author
					? [{ docId: doc.id, role: 'author' as const, text: found.block.author, line: found.lines[2]! }]
					: [])
			]
		: [];
	segments.push(...titleSegments, ...body.segments.map((s) => ({ ...s, docId: doc.id })));

	if (report?.continuation) {
		const rbody = buildBody(report.units);
		const xinhua = /新华社/.test(`${body.dateline ?? ''}${rbody.dateline ?? ''}${source}`);
		const rid = opts.reportId ?? defaultReportId(opts.id, xinhua);
		if (!ID.test(rid)) throw new IngestError(file, `invalid report id "${rid}"`);
		if (rbody.paragraphs.length === 0) {
			throw new IngestError(file, 'no paragraphs after the continuation marker', report.continuation.line);
		}
		documents.push({
			schema: 1,
			id: rid,
			title: opts.reportTitle ?? defaultReportTitle(title, xinhua),
			...(opts.reportTitleEn ? { title_en: opts.reportTitleEn } : {}),
			date,
			kind: 'report',
			...(opts.venue ? { venue: opts.venue } : {}),
			source,
			continuation: report.continuation.text,
			...(rbody.dateline ? { dateline: rbody.dateline } : {}),
			sections: rbody.sections,
			paragraphs: rbody.paragraphs
		});
		segments.push(
			{ docId: rid, role: 'continuation', text: report.continuation.text, line: report.continuation.line },
			...rbody.segments.map((s) => ({ ...s, docId: rid }))
		);
	}
	// Source order, so that joining the segments gives the source back (minus layout).
	segments.sort((a, b) => a.line - b.line || order(a.role) - order(b.role));
	return { documents, segments };
}

/** Tie-break for pieces that start on the same line (a dateline at the end of a paragraph). */
function order(role: SegmentRole): number {
	return role === 'continuation' ? 0 : role === 'dateline' ? 2 : 1;
}
