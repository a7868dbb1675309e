/**
 * What a popup quotes is about the place (issue 10 §2): a province written as a qualifier is no
 * mention (延安 does not quote 2017 ¶8 "陕西山阳县"); passages naming a province reach its cities only
 * with the "含省级段落" toggle, whose state is in the URL; target regions keep reaching their members.
 */
import { test, expect, type Page } from '@playwright/test';
import { watch } from './util';

const details = (page: Page) => page.getByTestId('place-details');
const passage = (page: Page, doc: string, paragraph: string) =>
	details(page).locator(`[data-testid="passage"][data-doc="${doc}"][data-paragraph="${paragraph}"]`);
const T17 = '2017-06-23-taiyuan';

test.describe('what reaches a place', () => {
	test.describe.configure({ timeout: 180_000 });

	test('延安: only its own passages, none through 陕西; no toggle, since 陕西 is never named on its own', async ({
		page
	}) => {
		const w = watch(page);
		await page.goto('./?place=yanan');
		await expect(details(page)).toHaveAttribute('data-place', 'yanan', { timeout: 60_000 });
		await expect(details(page).getByTestId('passage')).toHaveCount(2);
		await expect(passage(page, T17, 'p8')).toHaveCount(0);
		await expect(details(page)).not.toContainText('经由陕西省');
		// 2017 ¶4 "我在陕西延安主持召开…": 延安 is marked, 陕西 (its qualifier) is not
		await expect(passage(page, T17, 'p4').locator('mark')).toHaveText(['延安']);
		await expect(details(page).getByTestId('province-toggle')).toHaveCount(0);
		expect(w.problems).toEqual([]);
	});

	test('怒江: 三区三州 passages by default; 云南’s own with the toggle, kept in a shared link', async ({
		page,
		browser
	}) => {
		await page.goto('./?place=nujiang');
		await expect(details(page)).toHaveAttribute('data-place', 'nujiang', { timeout: 60_000 });
		await expect(details(page)).toContainText('经由三区三州');
		await expect(details(page)).not.toContainText('经由云南省');
		const toggle = details(page).getByRole('checkbox', { name: /含省级段落/ });
		await expect(toggle).toBeVisible();
		await expect(toggle).not.toBeChecked();
		await expect(toggle.locator('xpath=..')).toContainText('另有 2 段');
		const before = await details(page).getByTestId('passage').count();
		await toggle.check();
		await expect(page).toHaveURL(/[?&]prov=1/);
		await expect(details(page).getByTestId('passage')).toHaveCount(before + 2);
		await expect(passage(page, T17, 'p8')).toContainText('经由云南省');
		await expect(passage(page, T17, 'p26')).toContainText('经由云南省');
		// The link, opened in a fresh browser context, shows the same.
		const fresh = await browser.newContext();
		const other = await fresh.newPage();
		await other.goto(page.url());
		await expect(details(other)).toHaveAttribute('data-place', 'nujiang', { timeout: 60_000 });
		await expect(details(other).getByRole('checkbox', { name: /含省级段落/ })).toBeChecked();
		await expect(passage(other, T17, 'p8')).toContainText('经由云南省');
		await fresh.close();
		// Off again: the province passages go, and so does prov= from the URL.
		await toggle.uncheck();
		await expect(details(page).getByTestId('passage')).toHaveCount(before);
		expect(page.url()).not.toMatch(/prov=/);
	});

	test('凉山: the 三区三州 and 大小凉山彝区 passages reach it; 四川 only qualifies it', async ({ page }) => {
		await page.goto('./?place=liangshan');
		await expect(details(page)).toHaveAttribute('data-place', 'liangshan', { timeout: 60_000 });
		await expect(details(page)).toContainText('经由三区三州');
		await expect(details(page)).toContainText('经由大小凉山彝区');
		await expect(details(page)).not.toContainText('经由四川省');
		// 2017 ¶8 "四川凉山州": the mark is on 凉山州
		await expect(passage(page, T17, 'p8').locator('mark')).toHaveText(['凉山州']);
	});

	test('a county page (/place/kelan): 山西’s passages only with the toggle, also after a reload', async ({
		page
	}) => {
		const w = watch(page);
		await page.goto('./place/kelan');
		await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('岢岚县');
		await expect(details(page)).not.toContainText('经由山西省');
		await expect(details(page)).toContainText('经由832个贫困县');
		const toggle = details(page).getByRole('checkbox', { name: /含省级段落/ });
		await expect(toggle).not.toBeChecked();
		const before = await details(page).getByTestId('passage').count();
		await toggle.check();
		await expect(page).toHaveURL(/\/place\/kelan\?prov=1$/);
		await expect(details(page).getByTestId('passage')).toHaveCount(before + 2);
		await expect(passage(page, T17, 'p8')).toContainText('经由山西省');
		await page.reload();
		await expect(details(page).getByRole('checkbox', { name: /含省级段落/ })).toBeChecked();
		await expect(passage(page, T17, 'p26')).toContainText('经由山西省');
		// In English the toggle says what it does.
		await page.goto('./place/kelan?lang=en');
		await expect(details(page).getByRole('checkbox', { name: /Include province passages/ })).toBeVisible();
		expect(w.problems).toEqual([]);
		expect(w.offOrigin).toEqual([]);
	});
});
