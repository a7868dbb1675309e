export { t } from './t';
export { strings, type MessageKey } from './strings';
export { formatNumber, formatDate, formatYear } from './format';
export { LANGS, type Lang, type MessageVars } from './types';
