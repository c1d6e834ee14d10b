/**
 * A check-in's flags are stored with their sentences in the language in use on the day they were
 * saved. Shown later, perhaps in another language, each is worded again from its check-in: the same
 * code and level, the sentence in the language in use now. A flag its check-in no longer raises in
 * the same way (the plan or an earlier check-in changed since) keeps its stored words; one an older
 * version stored under a code the rules have since split (`SUCCESSORS`) takes the words of the code
 * that now stands for its answer, at the same level.
 */
import { isIsoDate } from './dates.ts';
import { healingDayOn } from './status.ts';
import { assessSymptoms } from './symptoms.ts';
import type { CheckIn, Plan, SymptomFlag } from './types.ts';

/**
 * Codes an older version stored for answers the rules now word under a code of their own, at the
 * same level: mild swelling with no session was `swelling-lasting` ("swelling that lasts beyond the
 * first days", which says what the app cannot know) and is `swelling-no-session` now.
 */
const SUCCESSORS: ReadonlyMap<string, readonly string[]> = new Map([['swelling-lasting', ['swelling-no-session']]]);

/** A check-in with the flags it was saved with. */
type Flagged = CheckIn & { readonly date: string; readonly flags: readonly SymptomFlag[] };

/** The day of healing of `date` by `plan`: null before the first session or for a date the rules cannot use. */
export const dayOfHealing = (plan: Plan, date: string): number | null =>
  isIsoDate(date) ? healingDayOn(plan, date) : null;

/**
 * `checkIns` (newest first) with their flags worded in the language in use, each day of healing
 * counted by `plan` as the check-in form counts it. A check-in whose words are unchanged is the same
 * object, so a list in the language it was saved in comes back as it was.
 */
export function rewordFlags<T extends Flagged>(checkIns: readonly T[], plan: Plan): T[] {
  return checkIns.map((checkIn, i) => {
    if (checkIn.flags.length === 0) return checkIn;
    let fresh: SymptomFlag[];
    try {
      fresh = assessSymptoms(checkIn, dayOfHealing(plan, checkIn.date), checkIns[i + 1]);
    } catch {
      return checkIn;
    }
    const flags = checkIn.flags.map(
      (flag) =>
        fresh.find(
          (f) =>
            (f.code === flag.code || SUCCESSORS.get(flag.code)?.includes(f.code) === true) &&
            f.level === flag.level &&
            (f.code !== flag.code || f.message !== flag.message),
        ) ?? flag,
    );
    return flags.some((flag, j) => flag !== checkIn.flags[j]) ? ({ ...checkIn, flags } as T) : checkIn;
  });
}
