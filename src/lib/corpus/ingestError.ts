/**
 * The one error type ingestion throws: it knows the file (and line, where one applies) so the CLI
 * can print a single line `FILE:LINE: message` and exit non-zero.
 */
export class IngestError extends Error {
	readonly file: string;
	readonly line: number | undefined;

	constructor(file: string, message: string, line?: number) {
		super(message);
		this.name = 'IngestError';
		this.file = file;
		this.line = line;
	}

	/** One line, no newline inside: `FILE:LINE: message` or `FILE: message`. */
	toLine(): string {
		const where = this.line === undefined ? this.file : `${this.file}:${this.line}`;
		return `${where}: ${this.message}`.replace(/[\r\n]+/g, ' ');
	}
}
