/**
 * The screen each route shows, handed the journal, and its code: Today's is in the first bundle;
 * every other screen loads on its first visit, so the first screen stays small and fast.
 */
import { html, nothing } from 'lit';
import type { JournalState } from './journal-state.ts';
import { refusedDateSentence, type Route } from './routes.ts';
import './today-page.ts';

// The elements upgrade when their module arrives; Lit keeps the properties set before that.
const SCREEN_MODULES: Partial<Record<Route['name'], () => Promise<unknown>>> = {
  'check-in': () => import('./check-in-page.ts'),
  history: () => import('./history-page.ts'),
  plan: () => import('./plan-page.ts'),
  settings: () => import('./settings-page.ts'),
  share: () => import('./share-page.ts'),
  photos: () => import('./photos-page.ts'),
  photo: () => import('./photos-page.ts'),
  compare: () => import('./photos-page.ts'),
  'regimen-builder': () => import('./regimen-builder-page.ts'),
  'another-device': () => import('./another-device-page.ts'),
  'confirm-regimen': () => import('./confirm-regimen-page.ts'),
  'confirm-plan': () => import('./confirm-plan-page.ts'),
};

/** Loads the code of a route's screen (Today's is already here). */
export function loadScreen(route: Route): Promise<unknown> {
  return SCREEN_MODULES[route.name]?.() ?? Promise.resolve();
}

/** What Today needs for the start-up order (first-paint.ts): the rest waits until `settled`. */
export interface TodayPaint {
  readonly settled: boolean;
  readonly cardRendered: () => void;
}

/** The screen of a route. */
export function screenFor(route: Route, journal: JournalState, paint: TodayPaint) {
  switch (route.name) {
    case 'today':
      return html`${route.refused ? html`<p class="panel error" role="alert">${refusedDateSentence(route.refused)}</p>` : nothing}
        <smp-today-page
          .journal=${journal}
          .date=${route.date}
          .settled=${paint.settled}
          @card-rendered=${paint.cardRendered}
        ></smp-today-page>`;
    case 'check-in':
      return html`<smp-check-in-page
        .journal=${journal}
        .date=${route.date}
        .refused=${route.refused ?? null}
      ></smp-check-in-page>`;
    case 'history':
      return html`<smp-history-page .journal=${journal}></smp-history-page>`;
    case 'plan':
      return html`<smp-plan-page .journal=${journal}></smp-plan-page>`;
    case 'share':
      return html`<smp-share-page .journal=${journal}></smp-share-page>`;
    case 'settings':
      return html`<smp-settings-page .journal=${journal}></smp-settings-page>`;
    case 'regimen-builder':
      return html`<smp-regimen-builder-page .journal=${journal}></smp-regimen-builder-page>`;
    case 'another-device':
      return html`<smp-another-device-page .journal=${journal}></smp-another-device-page>`;
    case 'confirm-regimen':
      return html`<smp-confirm-regimen-page .journal=${journal}></smp-confirm-regimen-page>`;
    case 'confirm-plan':
      return html`<smp-confirm-plan-page .journal=${journal}></smp-confirm-plan-page>`;
    default:
      return html`<smp-photos-page .journal=${journal} .view=${route}></smp-photos-page>`;
  }
}
