/** What the toolbar badge shows: text, colour and a one-line title. Pure. */
import { DEFAULT_REGIMEN, statusOn, type Badge, type IsoDate, type Plan, type Regimen } from '../src/rules/index.ts';
import { FLAG_TONES } from '../src/vocabulary/index.ts';

/**
 * The badge for `today` under `regimen`: the day number (or a clear mark) coloured by level, or "!"
 * while the journal shows an urgent flag. A technician's own regimen is named in the title.
 */
export function badgeLook(plan: Plan, today: IsoDate, urgent: boolean, regimen: Regimen): Badge {
  const { badge } = statusOn(plan, today, regimen);
  const title = regimen.id === DEFAULT_REGIMEN.id ? badge.title : `${badge.title} (${regimen.name})`;
  // An urgent symptom flag in the journal outranks the day number until a check-in clears it.
  if (urgent)
    return { text: '!', color: FLAG_TONES.urgent.ink, title: `Urgent symptom flag: open the journal. ${title}` };
  return { ...badge, title };
}
