import { chromium } from '@playwright/test';
import { INSTRUMENT } from './bench/instrument';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'] });
for (const url of process.argv.slice(2)) {
const ctx = await b.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block' });
const p = await ctx.newPage();
await p.addInitScript(INSTRUMENT);
await p.addInitScript(`(() => {
  window.__frames = [];
  const hook = () => { const el = document.querySelector('[data-testid="map"], #map'); if (el && el.__map) {
    const m = el.__map;
    m.on('render', () => { if (window.__renderedAt === undefined) window.__frames.push([Math.round(performance.now()), m.style ? Object.values(m.style.tileManagers || m.style.sourceCaches || {}).map(c => Object.keys(c._tiles||{}).length).join('/') : '']); });
    m.on('data', (e) => { if (window.__renderedAt === undefined && e.dataType === 'source' && e.tile) window.__frames.push([Math.round(performance.now()), 'tile ' + e.sourceId]); });
  } else requestAnimationFrame(hook); };
  requestAnimationFrame(hook);
})();`);
await p.goto(url);
await p.waitForFunction(() => (window as any).__renderedAt !== undefined, undefined, { timeout: 60000 });
console.log(url, JSON.stringify(await p.evaluate(() => (window as any).__bench)));
for (const f of await p.evaluate(() => (window as any).__frames)) console.log('  ', f.join(' '));
await ctx.close();
}
await b.close();
