import { existsSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { chromium, type Browser } from '@playwright/test';

/** Headless Chromium as the benches run it: the system build when present, software WebGL (SwiftShader). */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
		args: [
			'--no-sandbox',
			'--disable-background-networking',
			'--disable-component-update',
			'--use-angle=swiftshader',
			'--enable-unsafe-swiftshader'
		]
	});
}

/** The machine a bench ran on; the load average is read now (other work skews the times). */
export function machineInfo(browser: Browser) {
	return {
		cpu: cpus()[0]?.model.trim() ?? 'unknown',
		cores: cpus().length,
		memoryGB: Math.round(totalmem() / 2 ** 30),
		node: process.version,
		chromium: browser.version(),
		gl: 'SwiftShader (software)',
		loadAverage: loadavg().map((x) => Number(x.toFixed(1)))
	};
}
