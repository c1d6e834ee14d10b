/** What the toolbar badge shows: text, colour and a one-line title. Pure. */
import { msg, str } from '@lit/localize';
import {
  DEFAULT_REGIMEN,
  statusOn,
  type Advice,
  type Badge,
  type IsoDate,
  type OpenFlagLevel,
  type Plan,
  type Regimen,
} from '../src/rules/index.ts';
import { FLAG_TONES, openFlagLine } from '../src/vocabulary/index.ts';

/**
 * The badge for `today` under `regimen`: the day number coloured by level, or "!" in the flag's
 * colour while the journal shows an open symptom flag (`flag`), its title naming the flag and what
 * to do first, by the open flags' strongest `advice` where the journal said it (else by the level).
 * A technician's own regimen is named in the title.
 */
export function badgeLook(
  plan: Plan,
  today: IsoDate,
  flag: OpenFlagLevel | null,
  regimen: Regimen,
  advice: Advice | null = null,
): Badge {
  const { badge } = statusOn(plan, today, regimen);
  const title = regimen.id === DEFAULT_REGIMEN.id ? badge.title : `${badge.title} (${regimen.name})`;
  const line = flag ? openFlagLine(flag, advice) : '';
  // An open symptom flag outranks the day until a later check-in no longer raises it.
  if (flag)
    return {
      text: '!',
      color: FLAG_TONES[flag].ink,
      title: msg(str`${line}. Open the journal for what to do. ${title}`),
    };
  return { ...badge, title };
}
