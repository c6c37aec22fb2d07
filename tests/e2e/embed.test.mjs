// An intranet page on another origin embeds the planner in a sandboxed iframe (scripts and
// same-origin allowed) with ?embed=1: no header or footer, and the page posts its height to the
// parent ({ type: "ilacs-planner:height", height }) so the iframe can be sized.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { startSuite } from './support.mjs';

let suite;
let intranet;
before(async () => {
  suite = await startSuite();
  const app = `${suite.server.url}?v=1&view=visit&vk=standard&vdate=2026-03-02&embed=1`;
  const page = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Intranet</title></head>
<body><h1>Children's services intranet</h1>
<iframe id="planner" title="ILACS Planner" sandbox="allow-scripts allow-same-origin" src="${app}" style="width:100%;height:200px"></iframe>
<script>
  window.heights = [];
  addEventListener('message', (e) => {
    if (e.data && e.data.type === 'ilacs-planner:height') {
      window.heights.push(e.data.height);
      document.getElementById('planner').style.height = e.data.height + 'px';
    }
  });
</script></body></html>`;
  intranet = createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page));
  await new Promise((ok) => intranet.listen(0, '127.0.0.1', ok));
});
after(async () => {
  await new Promise((ok) => intranet?.close(ok));
  await suite?.close();
});

test('embedded on another origin: compact layout, and the height is posted to the parent', async () => {
  const context = await suite.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`http://127.0.0.1:${intranet.address().port}/`);
  const frame = page.frameLocator('#planner');
  await frame.locator('[data-event="feedback"] time[datetime="2026-03-20"]').waitFor();
  await page.waitForFunction(() => window.heights.length > 0 && Math.max(...window.heights) > 1000);
  const heights = await page.evaluate(() => window.heights);
  assert.ok(Math.max(...heights) > 1000, `heights posted: ${heights}`);
  assert.equal(await frame.locator('header').isHidden(), true, 'no header when embedded');
  assert.equal(await frame.locator('footer').isHidden(), true, 'no footer when embedded');
  // Moving between pages keeps the embedded layout.
  await frame.getByRole('navigation', { name: 'Planner pages' }).getByRole('link', { name: 'After fieldwork' }).click();
  await frame.getByRole('heading', { level: 1, name: 'After fieldwork' }).waitFor();
  assert.equal(await frame.locator('header').isHidden(), true);
  assert.deepEqual(errors, []);
  await context.close();
});
