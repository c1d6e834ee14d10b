/**
 * The plan without sessions dated where the rules cannot count (a journal written before dates were
 * checked could hold year 0): each is named once, and stays stored until the plan is saved. Which
 * sessions are usable is decided in the rules (src/rules/usable-sessions.ts), for the report too.
 */
import { msg, str } from '@lit/localize';
import type { PlanRecord } from '../../src/journal/records.ts';
import { whyNotIsoDate, withoutUnusableSessions } from '../../src/rules/index.ts';

/** Leaves out unusable sessions, telling `onNotice` of each the first time it is seen. */
export class UsablePlan {
  private readonly told = new Set<string>();

  constructor(private readonly onNotice: (sentence: string) => void) {}

  of(stored: PlanRecord): PlanRecord {
    const { plan, left } = withoutUnusableSessions(stored);
    for (const date of left) {
      if (this.told.has(date)) continue;
      this.told.add(date);
      this.onNotice(
        msg(
          str`Your plan holds a session dated “${date}”, which this app cannot use (${whyNotIsoDate(date)}), so it is left out. Add the right date on the Plan screen.`,
        ),
      );
    }
    return plan;
  }
}
