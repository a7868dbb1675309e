import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';

// Unknown addresses, places, documents, tours and stops: status 404, the site's header, what is
// missing in words, and the way back to the map and the tours.
for (const [path, zh] of [
	['./nope', '这个地址（/nope）在本站上没有页面。'],
	['./place/xyz', '没有编号为“xyz”的地点。'],
	['./read/xyz', '没有编号为“xyz”的讲话或文献。'],
	['./present/xyz', '没有名为“xyz”的讲解路线。'],
	['./present/symposia/99', '讲解路线“symposia”没有第 99 站。']
] as const) {
	test(`${path}: 404 with the header, the reason and the ways back`, async ({ page }) => {
		const res = await page.goto(path);
		expect(res?.status()).toBe(404);
		const body = page.getByTestId('error-page');
		await expect(body.getByRole('heading', { level: 1 })).toHaveText('找不到此页面');
		await expect(body).toContainText(zh);
		await expect(body.getByRole('link', { name: '脱贫攻坚讲话地图' })).toBeVisible();
		await body.getByRole('link', { name: '讲解路线列表' }).click();
		await expect(page).toHaveURL(/\/present$/);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('演示模式');
	});
}

test('in English with ?lang=en or the switch; the map link keeps the language', async ({ page }) => {
	await page.goto('./place/xyz?lang=en');
	const body = page.getByTestId('error-page');
	await expect(body.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(body).toContainText('There is no place with the id “xyz”.');
	await expect(body.getByRole('link', { name: 'Open the map' })).toHaveAttribute('href', /\?lang=en$/);
	await page.getByRole('button', { name: /Chinese|中文|切换/ }).click();
	await expect(body.getByRole('heading', { level: 1 })).toHaveText('找不到此页面');
	const axe = await new AxeBuilder({ page }).analyze();
	expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});

test('the static build has the fallback page for hosts that serve 404.html', () => {
	const html = readFileSync('build/404.html', 'utf8');
	expect(html).toContain('<html');
});
