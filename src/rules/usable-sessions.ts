/**
 * A plan stored before dates were checked (or by a crafted restore) can hold a session in year 0,
 * from which the rules cannot count. Every reader of a stored plan (the app's screens, the report,
 * the extension) leaves such sessions out here, in one place, and names them.
 */
import { isIsoDate } from './dates.ts';
import type { Plan } from './types.ts';

/** `plan` without the sessions the rules cannot use, and the dates of those left out (as stored). */
export function withoutUnusableSessions<P extends Plan>(plan: P): { readonly plan: P; readonly left: string[] } {
  const left = plan.sessions.filter((s) => !isIsoDate(s.date)).map((s) => String(s.date));
  if (left.length === 0) return { plan, left };
  return { plan: { ...plan, sessions: plan.sessions.filter((s) => isIsoDate(s.date)) }, left };
}
