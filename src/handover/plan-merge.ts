/**
 * A plan from another device joined with the plan here, session by session (by date): sessions
 * only the link has are added, every session here stays (with its note), and the link's final
 * mark, when it has one, becomes the final session. Pure; the screens show what it says.
 */
import { compareDates, validatePlan, type IsoDate, type Plan, type Session, type Validated } from '../rules/index.ts';

/** What merging a plan would do. */
export interface PlanMerge {
  /** The plan after the merge (checked like any plan). */
  readonly plan: Plan;
  /** Sessions of the link that are not here yet, in date order. */
  readonly added: readonly Session[];
  /** Sessions here, which stay, in date order. */
  readonly kept: readonly Session[];
  /** The final session moves (`from` null: none was marked here). */
  readonly finalChange: { readonly from: IsoDate | null; readonly to: IsoDate } | null;
  /** Whether the merge changes anything. */
  readonly changes: boolean;
}

const byDate = (a: Session, b: Session) => compareDates(a.date as IsoDate, b.date as IsoDate);
const finalOf = (plan: Plan) => (plan.sessions.find((s) => s.final)?.date ?? null) as IsoDate | null;

/** Merges `incoming` into `here` by date; refused with the plan's own sentence when the result is not a valid plan (too many sessions). */
export function mergePlans(here: Plan, incoming: Plan): Validated<PlanMerge> {
  const dates = new Set(here.sessions.map((s) => s.date));
  const added = incoming.sessions.filter((s) => !dates.has(s.date)).sort(byDate);
  const [finalHere, finalThere] = [finalOf(here), finalOf(incoming)];
  const finalChange = finalThere !== null && finalThere !== finalHere ? { from: finalHere, to: finalThere } : null;
  const mark = (s: Session): Session => {
    if (!finalChange) return s;
    const { final: _final, ...rest } = s;
    return s.date === finalChange.to ? { ...rest, final: true } : rest;
  };
  const sessions = [...here.sessions, ...added.map((s) => ({ date: s.date }))].map(mark).sort(byDate);
  const checked = validatePlan({ sessions });
  if (!checked.ok) return checked;
  return {
    ok: true,
    value: {
      plan: checked.value,
      added: added.map(mark),
      kept: [...here.sessions].sort(byDate),
      finalChange,
      changes: added.length > 0 || finalChange !== null,
    },
  };
}
