/** UI languages. Chinese is the default. */
export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];

/** Values that can fill a `{name}` placeholder. */
export type MessageVars = Readonly<Record<string, string | number>>;
