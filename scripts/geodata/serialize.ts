/** The text written for a topology: compact JSON and a final newline (stable for equal input). */
export function serialize(value: unknown): string {
	return JSON.stringify(value) + '\n';
}
