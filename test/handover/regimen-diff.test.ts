import { expect } from 'chai';
import { describeRegimenChanges, regimenDiffers, windowWords } from '../../src/handover/index.ts';
import { DEFAULT_REGIMEN, type LevelBounds, type Regimen, type Rule } from '../../src/rules/index.ts';
import { studioRegimen } from '../helpers/regimens.ts';

/** The standard regimen under another name with `change` applied to its rules. */
function own(change: (rules: Rule[]) => Rule[], levels: LevelBounds = DEFAULT_REGIMEN.levels): Regimen {
  return { ...DEFAULT_REGIMEN, id: 'own', name: 'Own', levels, rules: change([...DEFAULT_REGIMEN.rules]) };
}

const withRule = (id: string, change: Partial<Rule>) => (rules: Rule[]) =>
  rules.map((rule) => (rule.id === id ? ({ ...rule, ...change } as Rule) : rule));

describe('regimen differences, in words', () => {
  it('says the example of the issue: three dry days instead of five, and the levels', () => {
    expect(describeRegimenChanges(DEFAULT_REGIMEN, studioRegimen)).to.deep.equal([
      'Keep your scalp dry: 3 days instead of 5',
      'Levels: strict care for 3 days instead of 5',
    ]);
  });

  it('says nothing when only the name (or where the rules come from) differs', () => {
    const renamed = own((rules) => rules.map(({ source: _s, ...rule }) => rule));
    expect(describeRegimenChanges(DEFAULT_REGIMEN, renamed)).to.deep.equal([]);
  });

  const rows: [string, Regimen, string[]][] = [
    [
      'a window that moves',
      own(withRule('gentle-wash', { window: { anchor: 'each-session', fromDay: 4, toDay: 10 } })),
      ['Wash gently with cold water: days 4–10 instead of days 6–10'],
    ],
    [
      'a rule that never lifts any more',
      own(withRule('no-shaving', { window: { anchor: 'each-session', fromDay: 1, toDay: null } })),
      ['Do not shave: always instead of 10 days'],
    ],
    [
      'a year rule that becomes two',
      own(withRule('no-blood-donation', { window: { anchor: 'final-session', fromDay: 1, toYears: 2 } })),
      ['Do not donate blood: 2 years after the final session instead of 1 year after the final session'],
    ],
    [
      'a new title, text and milestone',
      own(withRule('hydrate', { title: 'Drink water', text: 'Two litres a day.', milestone: 'Back to coffee' })),
      [
        '“Drink plenty of fluids” is now called “Drink water”',
        'Drink water: the advice now reads “Two litres a day.”',
        'Drink water: the milestone now reads “Back to coffee”',
      ],
    ],
    [
      'a milestone removed and a count changed',
      own((rules) =>
        withRule('moisturise', { timesPerDay: 2 })(rules).map((rule) => {
          if (rule.id !== 'sunscreen') return rule;
          const { milestone: _m, ...rest } = rule;
          return rest;
        }),
      ),
      [
        'Moisturise up to 3 times a day: 2 times a day instead of 3',
        'Use sunscreen on your scalp: no milestone any more (it was “Sunscreen on the scalp from now on”)',
      ],
    ],
    [
      'a rule that changes kind',
      own(withRule('hydrate', { kind: 'avoid' })),
      ['Drink plenty of fluids: now something to avoid (it was something to do)'],
    ],
    [
      'a rule added and one removed',
      own((rules) => [
        ...rules.filter((rule) => rule.id !== 'keep-dry'),
        {
          id: 'wear-a-hat',
          kind: 'do',
          window: { anchor: 'each-session', fromDay: 1, toDay: 14 },
          title: 'Wear a hat outside',
          text: 'A loose cotton cap.',
        },
      ]),
      ['New: Wear a hat outside (to do, 14 days)', 'Removed: Keep your scalp dry (5 days)'],
    ],
    [
      'every level',
      own((rules) => rules, { strictUntilDay: 4, cautionUntilDay: 12, limitedUntilDay: 40 }),
      [
        'Levels: strict care for 4 days instead of 5; careful until day 12 instead of 10; limited until day 40 instead of 30',
      ],
    ],
  ];
  for (const [name, incoming, expected] of rows) {
    it(`says ${name}`, () => {
      expect(describeRegimenChanges(DEFAULT_REGIMEN, incoming), name).to.deep.equal(expected);
    });
  }

  it('goes back the other way too (a studio’s regimen to the standard)', () => {
    expect(describeRegimenChanges(studioRegimen, DEFAULT_REGIMEN)).to.deep.equal([
      'Keep your scalp dry: 5 days instead of 3',
      'Levels: strict care for 5 days instead of 3',
    ]);
  });

  it('words each kind of window', () => {
    expect(windowWords({ anchor: 'each-session', fromDay: 1, toDay: 1 })).to.equal('1 day');
    expect(windowWords({ anchor: 'each-session', fromDay: 7, toDay: 7 })).to.equal('day 7');
    expect(windowWords({ anchor: 'each-session', fromDay: 31, toDay: null })).to.equal('from day 31 on');
    expect(windowWords({ anchor: 'final-session', fromDay: 1, toDay: 30 })).to.equal('30 days after the final session');
    expect(windowWords({ anchor: 'each-session', fromDay: 5, toYears: 1 })).to.equal('from day 5 for 1 year');
  });

  it('counts a new name as a difference (the card shows it), and the sources not', () => {
    const renamed = { ...studioRegimen, name: 'Studio X, new name' };
    expect(regimenDiffers(studioRegimen, renamed)).to.equal(true);
    expect(regimenDiffers(studioRegimen, { ...studioRegimen, id: 'studio-y' })).to.equal(true);
    const noSources = { ...studioRegimen, rules: studioRegimen.rules.map(({ source: _s, ...rule }) => rule) };
    expect(regimenDiffers(studioRegimen, noSources)).to.equal(false);
    expect(regimenDiffers(DEFAULT_REGIMEN, studioRegimen)).to.equal(true);
  });
});
