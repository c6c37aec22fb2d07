// The loading frame's script: names the page being opened while the WebAssembly loads (issue 17),
// and says so if the planner cannot start (issue 22). The app removes the whole loading frame when
// it starts (ui::platform::remove_loading_shell), which ends both.
// The titles are the app's (view_title and the start page's heading in src/): the end-to-end test
// "the loading frame names the page" compares every one with the heading the app draws.
(() => {
  const titles = {
    home: 'Plan your ILACS inspection dates',
    pathway: 'Your pathway',
    visit: 'Visit schedule',
    'after-fieldwork': 'After fieldwork',
    calendar: 'All dates',
    checklist: 'Annex A checklist',
    requests: 'Further information requests',
    training: 'Training scenarios',
    plans: 'Saved plans',
    print: 'Inspection plan',
    briefing: 'Inspection briefing',
    councils: 'Councils',
  };
  const shell = document.getElementById('app-loading');
  if (!shell) return;

  // A start-up file that fails to load (404, a proxy, a sandbox without allow-same-origin, where
  // every module fetch fails CORS) fires `error` on its script; a WebAssembly fetch or compile
  // that fails rejects the loader's `await init(...)`, reported as an error or an unhandled
  // rejection. A fetch that hangs fires nothing: hence the timer. A script's failure names it (the
  // start-up script also when a file it imports fails); any other is taken to be the WebAssembly's.
  const failed = (event) => {
    const script = event.target instanceof HTMLScriptElement ? event.target.src : '';
    if (script || event instanceof ErrorEvent || event.type === 'unhandledrejection') tell('failed', script);
  };
  addEventListener('error', failed, true);
  addEventListener('unhandledrejection', failed);
  setTimeout(() => tell('slow'), 10000);

  function tell(kind, file) {
    const status = document.getElementById('app-loading-status');
    const template = document.getElementById('app-load-failed');
    if (!shell.isConnected || !status || !template) return;
    const message = template.content.firstElementChild.cloneNode(true);
    const wasm = document.querySelector('link[href$=".wasm"]')?.getAttribute('href') ?? '';
    const cases = [kind, ...(self.origin === 'null' ? ['sandbox'] : [])];
    message.querySelectorAll('[data-case]').forEach((e) => cases.includes(e.dataset.case) || e.remove());
    message.querySelectorAll('[data-file]').forEach((e) => {
      e.textContent = (file || wasm).split('/').pop() || 'the planner’s WebAssembly (.wasm)';
    });
    message.querySelector('[data-reload]').href = location.href;
    status.replaceWith(message);
    message.focus();
  }

  const params = new URLSearchParams(location.search);
  // The intranet layout has no header; do not flash one.
  const embed = params.get('embed');
  if (embed === '1' || embed === 'card') shell.querySelector('.app-header')?.setAttribute('hidden', '');
  // The card for an intranet home page draws its own heading, in a small box.
  if (embed === 'card') return;
  const view = params.get('view') ?? 'home';
  // Presenter mode titles the screen with the scenario's step instead.
  if (!Object.hasOwn(titles, view) || (view === 'training' && params.has('sc'))) return;
  const heading = document.createElement('h1');
  heading.className = 'govuk-heading-l';
  heading.textContent = titles[view];
  shell.querySelector('.app-main')?.prepend(heading);
})();
