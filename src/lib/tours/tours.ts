/**
 * The shipped tours, discovered at build time: every src/content/tours/*.json. Adding a tour is
 * adding a file. Pure except for the Vite glob (runs in the site build and in Vitest, not in tsx).
 */
import type { Tour } from './types';

const modules = import.meta.glob<unknown>('/src/content/tours/*.json', { eager: true, import: 'default' });

/** Raw tour files by file name without extension, in file-name order (validate before use). */
export const tourFiles: readonly { file: string; raw: unknown }[] = Object.entries(modules)
	.map(([path, raw]) => ({
		file: path
			.split('/')
			.pop()!
			.replace(/\.json$/, ''),
		raw
	}))
	.sort((a, b) => a.file.localeCompare(b.file));

export type { Tour };
