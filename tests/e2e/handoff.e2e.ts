import { test, expect, type Locator, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

// The QR hand-off as a class uses it: the teacher's laptop serves the site (`npm run serve`), and what
// the dialog draws is decoded here and compared with what a phone must open. "The classroom network" is
// played by 127.0.0.2, announced to serve.ts with --lan-host (traffic stays on loopback).
const PORT = Number(process.env.E2E_PORT ?? 4173);
const VIEW = '?place=liangshan&view=102.8544,27.6871,9.44';

async function decodeQr(el: Locator): Promise<string | null> {
	const png = PNG.sync.read(await el.screenshot());
	return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

/** `npm run serve` with the given flags, resolved once it listens. */
async function serve(args: string[]): Promise<ChildProcess> {
	// In its own process group, so that stopping it stops tsx's child too.
	const child = spawn('node_modules/.bin/tsx', ['scripts/serve.ts', ...args], {
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true
	});
	await new Promise<void>((resolve, reject) => {
		let out = '';
		const timer = setTimeout(() => reject(new Error(`serve did not start: ${out}`)), 60_000);
		const on = (d: Buffer) => {
			out += d.toString();
			if (out.includes('Stop with Ctrl+C')) {
				clearTimeout(timer);
				resolve();
			}
		};
		child.stdout!.on('data', on);
		child.stderr!.on('data', on);
		child.on('exit', (code) => reject(new Error(`serve exited (${code}): ${out}`)));
	});
	return child;
}

/** Opens a view, waits for the map to settle (the address is final) and opens the QR dialog. */
async function openDialog(page: Page, url: string) {
	await page.goto(url);
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
	await expect(page.getByTestId('place-details').first()).toHaveAttribute('data-place', 'liangshan', {
		timeout: 60_000
	});
	await page.getByRole('button', { name: '二维码' }).click();
	const dialog = page.getByRole('dialog', { name: '扫码打开当前视图' });
	await expect(dialog).toBeVisible();
	return dialog;
}

test.describe('QR hand-off to phones', () => {
	test.describe.configure({ timeout: 180_000, mode: 'serial' });
	const servers: ChildProcess[] = [];
	test.afterAll(() => {
		for (const s of servers) if (s.pid) process.kill(-s.pid);
	});

	test('npm start (loopback, no LAN known): no code, and a plain reason with the way out', async ({
		page
	}) => {
		const dialog = await openDialog(page, `http://127.0.0.1:${PORT}/${VIEW}`);
		const why = dialog.getByTestId('qr-loopback');
		await expect(why).toContainText('只指向这台电脑本身');
		await expect(why).toContainText('npm run serve');
		await expect(dialog.getByTestId('qr-code')).toHaveCount(0);
		// English, the same.
		await page.keyboard.press('Escape');
		await page.getByRole('button', { name: '切换到英文界面' }).click();
		await page.getByRole('button', { name: 'QR code' }).click();
		await expect(page.getByTestId('qr-loopback')).toContainText('npm run serve');
	});

	test('npm run serve, opened on the laptop as localhost: the code carries the LAN address of the same view', async ({
		page
	}) => {
		const port = PORT + 2;
		servers.push(await serve(['--host', '127.0.0.1', '--lan-host', '127.0.0.2', '--port', String(port)]));
		const dialog = await openDialog(page, `http://localhost:${port}/${VIEW}`);
		expect(page.url()).toBe(`http://localhost:${port}/${VIEW}`);
		const svg = dialog.getByTestId('qr-code');
		await expect(svg).toBeVisible();
		expect(await decodeQr(svg)).toBe(`http://127.0.0.2:${port}/${VIEW}`);
		await expect(dialog.getByTestId('qr-url')).toHaveText(`http://127.0.0.2:${port}/${VIEW}`);
		await expect(dialog).toContainText('局域网');
	});

	test('npm run serve, opened at the LAN address: the code carries that address, place and view', async ({
		page
	}) => {
		const port = PORT + 3;
		servers.push(await serve(['--host', '127.0.0.2', '--lan-host', '127.0.0.2', '--port', String(port)]));
		const url = `http://127.0.0.2:${port}/${VIEW}`;
		const dialog = await openDialog(page, url);
		expect(page.url()).toBe(url);
		const svg = dialog.getByTestId('qr-code');
		await expect(svg).toBeVisible();
		expect(await decodeQr(svg)).toBe(url);
		// A phone opening the decoded address gets the page.
		expect((await page.request.get(url)).status()).toBe(200);
	});
});
