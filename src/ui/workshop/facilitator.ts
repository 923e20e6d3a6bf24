/**
 * The facilitator's pages, opened by `?workshop=setup|dashboard|guide|write`: they
 * need neither the title nor the hospital world, only the engine and the
 * story (for the dashboard's replays).
 */
import { h } from '../dom.ts';
import { dashboardPage } from './dashboard.ts';
import { guidePage } from './guide.ts';
import { readWorkshop, workshopLink, baseUrl } from './session.ts';
import { keptSession, setupPage } from './setup.ts';
import { startOffline } from '../../platform/offline.ts';
import { writePage } from '../author/page.ts';

export function mountFacilitator(root: HTMLElement, storage: Storage | null): void {
  const route = readWorkshop(location.search) ?? { page: 'setup' as const, session: null };
  let body: HTMLElement;
  let title: string;
  if (route.page === 'dashboard' && route.session) {
    body = dashboardPage(route.session, storage).element;
    title = `Room dashboard ${route.session.id}`;
  } else if (route.page === 'write') {
    body = writePage(storage, location);
    title = 'Try a scene of your own';
  } else if (route.page === 'guide') {
    // This browser's own record of the session where it has one: it keeps the record store's key, which
    // the address does not carry, so the handout's join code reports to the store as the projected one does.
    const kept = route.session && keptSession(storage, route.session);
    body = guidePage(kept ?? route.session, location);
    title = 'Facilitator guide';
  } else {
    body = setupPage(storage, location, route.page === 'setup' ? route.session : null);
    if (route.page === 'dashboard') {
      body.prepend(
        h(
          'p',
          { class: 'notice notice-warning', role: 'alert' },
          'That dashboard link is incomplete (it needs the session and its quarter code). Open it again from the session you set up, or set up a new one below.',
        ),
      );
    }
    title = 'Run a workshop';
  }
  document.title = `${title} — Common Ground`;
  const notices = h('div', { class: 'workshop-notices' });
  root.replaceChildren(
    h(
      'div',
      { class: 'app workshop-app', 'data-screen': `workshop-${route.page}` },
      h(
        'header',
        { class: 'workshop-bar' },
        h('a', { href: workshopLink(baseUrl(location), 'setup'), class: 'workshop-home' }, 'Common Ground · workshop'),
      ),
      notices,
      h('main', { id: 'main', class: 'panel workshop' }, body),
    ),
  );
  root.querySelector<HTMLElement>('h1')?.focus();
  // These pages open with the wifi off too, once opened with it on: the dashboard is promised to (the setup
  // page says so), and a facilitator may never have opened the game's own title in this browser.
  startOffline(
    (text, action) =>
      notices.append(
        h(
          'p',
          { class: 'notice notice-info', role: 'status' },
          `${text} `,
          action ? h('button', { type: 'button', class: 'secondary', onclick: action.run }, action.label) : null,
        ),
      ),
    'A new version of Common Ground is ready. It loads the next time you open this page; what the page keeps (a session, the room’s results) stays in this browser.',
  );
}
