/**
 * What the app can produce, the store can keep: every check-in the form can send (with the flags
 * the rules raise) and every tick of every rule a valid regimen can have pass the stored records'
 * validation, so no save is refused for a limit the person could not see.
 */
import { expect } from 'chai';
import { checkAdherence, checkCheckIn, MAX_NOTE_LENGTH, type CheckInRecord } from '../../src/journal/records.ts';
import {
  DEFAULT_REGIMEN,
  MAX_RULE_ID_LENGTH,
  assessSymptoms,
  validateRegimen,
  type CheckIn,
  type IsoDate,
  type Rule,
} from '../../src/rules/index.ts';

describe('the limits of what is stored agree with what the app produces', () => {
  it('keeps every check-in the form can send, with every flag the rules raise', () => {
    const swellings = ['none', 'mild', 'moderate', 'severe'] as const;
    const rednesses = ['none', 'at-site', 'spreading'] as const;
    const pains = ['none', 'mild', 'increasing', 'severe'] as const;
    let checked = 0;
    for (const swelling of swellings)
      for (const redness of rednesses)
        for (const pain of pains)
          for (const temperatureC of [undefined, 36.8, 38.9, 45])
            for (const signs of [0, 1, 2, 3, 4, 5, 6, 7]) {
              const answers: CheckIn = {
                swelling,
                redness,
                pain,
                feverish: Boolean(signs & 1),
                discharge: Boolean(signs & 2),
                warmth: Boolean(signs & 4),
                ...(temperatureC === undefined ? {} : { temperatureC }),
              };
              const previous = { swelling: 'none' as const };
              for (const day of [null, 1, 9, 400]) {
                const record: CheckInRecord = {
                  date: '2026-03-03' as IsoDate,
                  ...answers,
                  note: 'n'.repeat(MAX_NOTE_LENGTH),
                  flags: assessSymptoms(answers, day, previous),
                  savedAt: '2026-03-03T10:00:00.000Z',
                };
                expect(() => checkCheckIn(record), JSON.stringify(answers)).not.to.throw();
                checked += 1;
              }
            }
    expect(checked).to.equal(4 * 3 * 4 * 4 * 8 * 4);
  });

  it('keeps a tick of a rule whose id is as long as a regimen allows, and of every rule of the standard regimen', () => {
    const longest = `hydrate-${'x'.repeat(MAX_RULE_ID_LENGTH - 8)}`;
    const regimen = {
      ...DEFAULT_REGIMEN,
      id: 'studio-x',
      name: 'Studio X',
      rules: (DEFAULT_REGIMEN.rules as readonly Rule[]).map((r) =>
        r.id === 'hydrate' ? { ...r, id: longest, timesPerDay: 12 } : r,
      ),
    };
    expect(validateRegimen(regimen).ok).to.equal(true);
    const counts = Object.fromEntries(regimen.rules.map((r) => [r.id, r.timesPerDay ?? 1]));
    expect(() => checkAdherence({ date: '2026-03-03', counts })).not.to.throw();
    expect(validateRegimen({ ...regimen, rules: [{ ...regimen.rules[0]!, id: `${longest}x` }] }).ok).to.equal(false);
  });
});
