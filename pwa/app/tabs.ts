/** The app's navigation: the tabs (a bottom bar on phones, in the top bar on wider screens) and the Settings link. */
import { html, svg } from 'lit';
import { msg } from '@lit/localize';
import { hrefOf, type Route } from './routes.ts';

const tabIcon = (d: string) =>
  html`<svg
    viewBox="0 0 24 24"
    aria-hidden="true"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
  >
    ${svg`<path d=${d} />`}
  </svg>`;
const TABS = [
  { route: 'today', label: () => msg('Today'), icon: 'M4 11l8-7 8 7v9a1 1 0 0 1-1 1h-5v-6h-4v6H5a1 1 0 0 1-1-1z' },
  { route: 'check-in', label: () => msg('Check in'), icon: 'M9 12l2 2 4-4M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z' },
  { route: 'photos', label: () => msg('Photos'), icon: 'M4 7h3l2-3h6l2 3h3v13H4zM12 17a4 4 0 1 0 0-8 4 4 0 0 0 0 8z' },
  { route: 'history', label: () => msg('History'), icon: 'M3 12a9 9 0 1 0 3-6.7L3 8M3 3v5h5M12 7v5l3 2' },
  { route: 'plan', label: () => msg('Plan'), icon: 'M4 6h16v14H4zM4 10h16M9 3v4M15 3v4' },
  { route: 'share', label: () => msg('Share'), icon: 'M12 3v12M7 8l5-5 5 5M5 14v6h14v-6' },
] as const;
const SETTINGS_ICON =
  'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM4 12h2M18 12h2M12 4v2M12 18v2M6.3 6.3l1.4 1.4M16.3 16.3l1.4 1.4M6.3 17.7l1.4-1.4M16.3 7.7l1.4-1.4';

/** The main tabs, the current screen's marked (a photo and the comparison belong to Photos). */
export function renderTabs(route: Route) {
  const current = route.name === 'photo' || route.name === 'compare' ? 'photos' : route.name;
  return html`<nav class="tabs" aria-label=${msg('Main')}>
    <ul>
      ${TABS.map(
        (tab) =>
          html`<li>
            <a
              href=${hrefOf({ name: tab.route, date: null } as Route)}
              aria-current=${current === tab.route ? 'page' : 'false'}
              >${tabIcon(tab.icon)}<span>${tab.label()}</span></a
            >
          </li>`,
      )}
    </ul>
  </nav>`;
}

/** The Settings link at the end of the top bar. */
export function settingsLink(route: Route) {
  return html`<a class="settings-link" href="#/settings" aria-current=${route.name === 'settings' ? 'page' : 'false'}
    >${tabIcon(SETTINGS_ICON)}<span>${msg('Settings')}</span></a
  >`;
}
