// Paints the heading of the page being opened while the WebAssembly loads (issue 17), so a first
// visit on a slow connection says at once which page is coming. The app removes the whole loading
// frame when it starts (ui::platform::remove_loading_shell) and draws its own heading.
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
    councils: 'Councils',
  };
  const shell = document.getElementById('app-loading');
  if (!shell) return;
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
