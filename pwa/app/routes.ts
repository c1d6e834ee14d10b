/**
 * Hash routes of the app: `#/`, `#/day/2026-03-10`, `#/check-in`, `#/check-in/2026-03-03`, `#/photos`,
 * `#/photo/<id>`, `#/compare/<area>`, `#/history`, `#/plan`, `#/share`, `#/settings`, and the hand-over:
 * `#/regimen-builder`, `#/another-device`, `#/confirm-regimen`, `#/confirm-plan`.
 */
import { isScalpArea, type ScalpArea } from '../../src/journal/records.ts';
import { isIsoDate, whyNotIsoDate, type IsoDate } from '../../src/rules/index.ts';
import { msg, str } from '@lit/localize';
import { quoteValue } from '../../src/vocabulary/text.ts';

/** Where the person is in the app. `refused` is a link's date this app cannot use (the screen says so and shows today). */
export type Route =
  | { readonly name: 'today'; readonly date: IsoDate | null; readonly refused?: string }
  | { readonly name: 'check-in'; readonly date: IsoDate | null; readonly refused?: string }
  | { readonly name: 'history' }
  | { readonly name: 'photos' }
  | { readonly name: 'photo'; readonly id: string }
  | { readonly name: 'compare'; readonly area: ScalpArea }
  | { readonly name: 'plan' }
  | { readonly name: 'share' }
  | { readonly name: 'settings' }
  | { readonly name: 'regimen-builder' }
  | { readonly name: 'another-device' }
  | { readonly name: 'confirm-regimen' }
  | { readonly name: 'confirm-plan' };

/** The screens that show without a plan (the rest show the first-run form until there is one). */
export const WITHOUT_A_PLAN: ReadonlySet<Route['name']> = new Set([
  'settings',
  'share',
  'regimen-builder',
  'confirm-regimen',
  'confirm-plan',
]);

/** Reads a route from a location hash; anything unknown is the Today screen. */
export function parseRoute(hash: string): Route {
  const [name, arg] = hash.replace(/^#\/?/, '').split('/');
  const date = arg && isIsoDate(arg) ? arg : null;
  const refused = arg && !date ? { refused: safeDecode(arg) } : {};
  switch (name) {
    case 'day':
      return { name: 'today', date, ...refused };
    case 'check-in':
      return { name: 'check-in', date, ...refused };
    case 'photo':
      return arg ? { name: 'photo', id: arg } : { name: 'photos' };
    case 'compare':
      return isScalpArea(arg) ? { name: 'compare', area: arg } : { name: 'photos' };
    case 'photos':
    case 'history':
    case 'plan':
    case 'share':
    case 'settings':
    case 'regimen-builder':
    case 'another-device':
    case 'confirm-regimen':
    case 'confirm-plan':
      return { name };
    default:
      return { name: 'today', date: null };
  }
}

/** The sentence for a link's date this app cannot use, naming it and why ("the year must be between 1900 and 2100"). */
export function refusedDateSentence(value: string): string {
  const shown = quoteValue(value);
  const why = whyNotIsoDate(value);
  return msg(str`${shown} is not a day this app can show (${why}), so here is today.`);
}

/** A link's part as typed (percent-escapes undone where they can be). */
function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The hash of a route. */
export function hrefOf(route: Route): string {
  if (route.name === 'today') return route.date ? `#/day/${route.date}` : '#/';
  if (route.name === 'check-in') return route.date ? `#/check-in/${route.date}` : '#/check-in';
  if (route.name === 'photo') return `#/photo/${route.id}`;
  if (route.name === 'compare') return `#/compare/${route.area}`;
  return `#/${route.name}`;
}
