import { test, expect, type Page } from '@playwright/test';
import config from '../../playwright.config';

// The copied-link round trip of share.e2e.ts on the SVG map (Chromium without WebGL): the SVG map
// writes `view` as the MapLibre map does, and a link's view wins over its default view.
const launch = config.use?.launchOptions ?? {};
test.use({
	launchOptions: { ...launch, args: [...(launch.args ?? []), '--disable-webgl', '--disable-3d-apis'] }
});

const svgMap = (page: Page) => page.getByTestId('svg-map');
const viewOf = (url: string) => new URL(url).searchParams.get('view')!.split(',').map(Number);
async function shown(page: Page) {
	return (await svgMap(page).getAttribute('data-view'))!.split(',').map(Number);
}
function expectSameView(a: number[], b: number[]) {
	expect(Math.abs(a[0] - b[0])).toBeLessThanOrEqual(0.01);
	expect(Math.abs(a[1] - b[1])).toBeLessThanOrEqual(0.01);
	expect(Math.abs(a[2] - b[2])).toBeLessThanOrEqual(0.05);
}
/** The address once it stops changing. */
async function settled(page: Page) {
	let last = '';
	await expect
		.poll(
			() => {
				const same = page.url() === last;
				last = page.url();
				return same;
			},
			{ intervals: [500, 500, 1000] }
		)
		.toBe(true);
	return last;
}

for (const [device, viewport] of [
	['desktop', { width: 1920, height: 1080 }],
	['phone', { width: 390, height: 844 }]
] as const) {
	test(`no WebGL, ${device}: a copied link reopens the same view in a fresh context and after a reload`, async ({
		browser
	}) => {
		test.setTimeout(180_000);
		const teacher = await browser.newContext({ viewport });
		const page = await teacher.newPage();
		await page.goto('./');
		await expect(svgMap(page)).toHaveAttribute('data-counties', 'true', { timeout: 60_000 });
		const box = page.getByRole('combobox', { name: '搜索' });
		await box.fill('凉山');
		await expect(page.getByRole('option').first()).toContainText('凉山彝族自治州');
		await box.press('Enter');
		await expect(page).toHaveURL(/place=liangshan/);
		const framed = viewOf(await settled(page));
		for (let i = 0; i < 2; i++) await page.getByRole('button', { name: '放大', exact: true }).click();
		const copied = await settled(page);
		// Two zoom steps (each ×2, up to the SVG map's closest view).
		expect(viewOf(copied)[2]).toBeGreaterThan(framed[2] + 1);
		expectSameView(await shown(page), viewOf(copied));
		await page.goBack();
		await page.goForward();
		await expect(page).toHaveURL(copied);
		expectSameView(await shown(page), viewOf(copied));

		const student = await (await browser.newContext({ viewport })).newPage();
		for (const step of ['open', 'reload']) {
			if (step === 'open') await student.goto(copied);
			else await student.reload();
			await expect(svgMap(student)).toHaveAttribute('data-counties', 'true', { timeout: 60_000 });
			await expect(student.getByTestId('place-details').first()).toHaveAttribute('data-place', 'liangshan');
			expect(await settled(student), step).toBe(copied);
			expectSameView(await shown(student), viewOf(copied));
		}
		await student.context().close();
		await teacher.close();
	});
}
