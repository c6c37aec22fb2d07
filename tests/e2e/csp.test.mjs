// Intranets often set a strict Content-Security-Policy. The app must start and work under the
// policy in docs/administrators.md: no inline scripts or styles, WebAssembly allowed by
// 'wasm-unsafe-eval'.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSuite, openApp, STRICT_CSP } from './support.mjs';

let suite;
before(async () => { suite = await startSuite({ headers: { 'content-security-policy': STRICT_CSP } }); });
after(async () => { await suite?.close(); });

test('the app starts under the strict policy, with no inline script or style anywhere', async () => {
  const app = await openApp(suite, '?v=1&view=visit&vk=standard&vdate=2026-03-02');
  const response = await app.page.request.get(app.page.url());
  assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
  await app.page.locator('[data-event="feedback"] time[datetime="2026-03-20"]').waitFor();
  const inline = await app.page.evaluate(() => ({
    scripts: document.querySelectorAll('script:not([src])').length,
    styleAttributes: document.querySelectorAll('[style]').length,
    styleElements: document.querySelectorAll('style').length,
  }));
  assert.deepEqual(inline, { scripts: 0, styleAttributes: 0, styleElements: 0 });
  app.assertClean(assert);
  await app.context.close();
});
