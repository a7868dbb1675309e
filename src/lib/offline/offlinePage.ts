const escape = (s: string) =>
	s.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c
	);

/**
 * The page the service worker returns for an address it has no copy of while the network is down:
 * a plain, script-free page in both languages with a link to the saved home page.
 */
export function offlinePage(base: string): string {
	const home = escape(`${base}/`);
	return `<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>离线 · Offline</title>
<style>body{font:18px/1.6 system-ui,sans-serif;max-width:36em;margin:4em auto;padding:0 1em}</style>
</head>
<body>
<h1>没有网络，此页未曾保存</h1>
<p>本站已保存的页面在离线时仍可打开。<a href="${home}">回到首页</a></p>
<p lang="en">You are offline and this page was not saved. Saved pages still open: <a href="${home}">go to the home page</a>.</p>
</body>
</html>
`;
}
