/** The text of a milestone notification: what becomes allowed or starts today. Pure. */
import { msg, str } from '@lit/localize';
import { DEFAULT_REGIMEN, milestonesWithChanges, type IsoDate, type Plan, type Regimen } from '../src/rules/index.ts';

/** What a milestone notification says; `contextMessage` names whose regimen it follows. */
export interface MilestoneNotice {
  readonly title: string;
  readonly message: string;
  readonly contextMessage: string;
}

/** The notice for the changes on `today` under `regimen`, or null when nothing changes that day. */
export function milestoneNotice(
  plan: Plan,
  today: IsoDate,
  regimen: Regimen = DEFAULT_REGIMEN,
): MilestoneNotice | null {
  const changes = milestonesWithChanges(plan, regimen).filter((m) => m.date === today && m.type !== 'session');
  if (changes.length === 0) return null;
  const day = changes[0]?.day;
  const labels = changes.map((m) => m.change);
  return {
    title: msg(str`Day ${day} of healing: from today`),
    message: labels.join(' · '),
    contextMessage: regimen.name,
  };
}
