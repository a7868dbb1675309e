/**
 * The cache keys to try, in order, for a page the network could not give: the path as asked, then
 * without a trailing slash, with one, and as the prerendered `.html` file. The query string is not
 * part of a key (the explore view keeps its state there; the page is the same).
 */
export function navigationKeys(pathname: string, base: string): string[] {
	const keys: string[] = [pathname];
	const trimmed = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
	if (trimmed !== pathname) keys.push(trimmed);
	if (trimmed === base || trimmed === `${base}/` || trimmed === '') {
		keys.push(base || '/', `${base}/`, `${base}/index.html`);
	} else {
		keys.push(`${trimmed}/`, `${trimmed}.html`);
	}
	return [...new Set(keys)];
}
