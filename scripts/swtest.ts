import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await (await b.newContext()).newPage();
p.on('console', (m) => console.log('console', m.type(), m.text()));
await p.goto(process.argv[2]);
for (let i = 0; i < 12; i++) {
  await p.waitForTimeout(2000);
  console.log(i, await p.evaluate(async () => { const r = await navigator.serviceWorker.getRegistration(); return JSON.stringify({ r: !!r, ctrl: !!navigator.serviceWorker.controller, active: !!r?.active, installing: !!r?.installing, waiting: !!r?.waiting }); }));
}
await b.close();
