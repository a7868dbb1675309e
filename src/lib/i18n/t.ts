/** Look up a UI string and fill its `{name}` placeholders. Text in, text out: never HTML. */
import { strings, type MessageKey } from './strings';
import type { Lang, MessageVars } from './types';

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;
/** `{n|county|counties}`: the word for the number `n`, by the language's plural rules (one, other). */
const PLURAL = /\{([A-Za-z0-9_]+)\|([^|{}]*)\|([^|{}]*)\}/g;
const pluralRules: Partial<Record<Lang, Intl.PluralRules>> = {};

/** The plural category of `n` in `lang` ('one', 'other', …), from Intl.PluralRules. */
export function pluralOf(lang: Lang, n: number): Intl.LDMLPluralRule {
	pluralRules[lang] ??= new Intl.PluralRules(lang === 'zh' ? 'zh-CN' : 'en');
	return pluralRules[lang].select(n);
}

/**
 * The string for `key` in `lang`, with each `{name}` replaced by `vars[name]` and each
 * `{name|one|other}` by the form for the number `vars[name]`. A placeholder with no
 * value stays visible as `{name}` (a visible gap beats the word "undefined").
 */
export function t(lang: Lang, key: MessageKey, vars?: MessageVars): string {
	// Without a number the plural form is used: "{n} of {total} counties" stays readable.
	const template = strings[lang][key].replace(PLURAL, (_, name: string, one: string, other: string) => {
		const n = vars && Object.hasOwn(vars, name) ? Number(vars[name] ?? NaN) : NaN;
		return Number.isFinite(n) && pluralOf(lang, n) === 'one' ? one : other;
	});
	if (!vars) return template;
	return template.replace(PLACEHOLDER, (whole, name: string) =>
		Object.hasOwn(vars, name) && vars[name] !== undefined && vars[name] !== null ? String(vars[name]) : whole
	);
}
