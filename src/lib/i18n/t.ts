/** Look up a UI string and fill its `{name}` placeholders. Text in, text out: never HTML. */
import { strings, type MessageKey } from './strings';
import type { Lang, MessageVars } from './types';

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

/**
 * The string for `key` in `lang`, with each `{name}` replaced by `vars[name]`. A placeholder with no
 * value stays visible as `{name}` (a visible gap beats the word "undefined").
 */
export function t(lang: Lang, key: MessageKey, vars?: MessageVars): string {
	const template = strings[lang][key];
	if (!vars) return template;
	return template.replace(PLACEHOLDER, (whole, name: string) =>
		Object.hasOwn(vars, name) && vars[name] !== undefined && vars[name] !== null ? String(vars[name]) : whole
	);
}
