import { expect } from 'chai';
import {
  ADVICE_ORDER,
  adviceOf,
  assessSymptoms,
  openFlags,
  rewordFlags,
  strongestAdvice,
  type Advice,
  type CheckIn,
  type FlagLevel,
  type IsoDate,
  type SymptomFlag,
} from '../../src/rules/index.ts';
import { FLAG_HEADINGS, FLAG_WORDS, OPEN_FLAG_LINES, openFlagLine } from '../../src/vocabulary/index.ts';

const calm: CheckIn = { swelling: 'none', redness: 'none', pain: 'none', discharge: false, warmth: false };

// [case, check-in, day, previous, expected codes in order, highest level]
const rows: [string, CheckIn, number | null, CheckIn | undefined, string[], FlagLevel | null][] = [
  ['nothing to report', calm, 3, undefined, [], null],
  ['mild swelling on day 2 is normal', { ...calm, swelling: 'mild' }, 2, undefined, ['swelling-normal'], 'info'],
  [
    'mild swelling on day 12 is worth a call',
    { ...calm, swelling: 'mild' },
    12,
    undefined,
    ['swelling-lasting'],
    'watch',
  ],
  ['moderate swelling', { ...calm, swelling: 'moderate' }, 2, undefined, ['swelling'], 'watch'],
  ['severe swelling', { ...calm, swelling: 'severe' }, 2, undefined, ['swelling'], 'watch'],
  [
    'swelling grew since yesterday',
    { ...calm, swelling: 'mild' },
    2,
    { ...calm, swelling: 'none' },
    ['swelling-growing'],
    'watch',
  ],
  [
    'swelling went down',
    { ...calm, swelling: 'mild' },
    3,
    { ...calm, swelling: 'moderate' },
    ['swelling-normal'],
    'info',
  ],
  ['fever alone', { ...calm, temperatureC: 38.4 }, 3, undefined, ['fever'], 'watch'],
  ['feeling feverish alone', { ...calm, feverish: true }, 3, undefined, ['fever'], 'watch'],
  ['37.9 °C is not a fever', { ...calm, temperatureC: 37.9 }, 3, undefined, [], null],
  [
    'fever with moderate swelling',
    { ...calm, swelling: 'moderate', temperatureC: 38 },
    3,
    undefined,
    ['fever-with-site-signs', 'swelling'],
    'urgent',
  ],
  [
    'fever with mild swelling on day 2 is not urgent',
    { ...calm, swelling: 'mild', temperatureC: 38.5 },
    2,
    undefined,
    ['fever', 'swelling-normal'],
    'watch',
  ],
  [
    'fever with growing swelling',
    { ...calm, swelling: 'mild', temperatureC: 38.5 },
    2,
    { ...calm },
    ['fever-with-site-signs', 'swelling-growing'],
    'urgent',
  ],
  [
    'fever with spreading redness',
    { ...calm, redness: 'spreading', temperatureC: 39 },
    4,
    undefined,
    ['fever-with-site-signs'],
    'urgent',
  ],
  [
    'fever with pus',
    { ...calm, discharge: true, temperatureC: 38.2 },
    4,
    undefined,
    ['fever-with-site-signs'],
    'urgent',
  ],
  [
    'fever with increasing pain',
    { ...calm, pain: 'increasing', temperatureC: 38.2 },
    4,
    undefined,
    ['fever-with-site-signs'],
    'urgent',
  ],
  ['fever with warmth', { ...calm, warmth: true, feverish: true }, 4, undefined, ['fever-with-site-signs'], 'urgent'],
  ['redness at the site only', { ...calm, redness: 'at-site' }, 2, undefined, [], null],
  ['spreading redness without fever', { ...calm, redness: 'spreading' }, 4, undefined, ['redness-spreading'], 'watch'],
  ['pus without fever', { ...calm, discharge: true }, 4, undefined, ['discharge'], 'watch'],
  ['severe pain', { ...calm, pain: 'severe' }, 4, undefined, ['pain'], 'watch'],
  ['mild pain is expected', { ...calm, pain: 'mild' }, 2, undefined, [], null],
  ['warmth without fever', { ...calm, warmth: true }, 4, undefined, ['warmth'], 'watch'],
  ['no session yet, mild swelling', { ...calm, swelling: 'mild' }, null, undefined, ['swelling-no-session'], 'watch'],
];

describe('assessSymptoms: the DESIGN cases', () => {
  for (const [name, checkIn, day, previous, codes, top] of rows) {
    it(name, () => {
      const flags = assessSymptoms(checkIn, day, previous);
      expect(
        flags.map((f) => f.code),
        name,
      ).to.deep.equal(codes);
      expect(flags[0]?.level ?? null, `${name}: top level`).to.equal(top);
      for (const flag of flags) expect(flag.message.length, `${flag.code} has a message`).to.be.greaterThan(30);
    });
  }

  it('an urgent flag says to seek help now and names the signs', () => {
    const [flag] = assessSymptoms({ swelling: 'severe', temperatureC: 38.6, discharge: true }, 3);
    expect(flag?.message).to.match(/^Seek medical help now/);
    expect(flag?.message).to.contain('38.6 °C').and.contain('severe swelling').and.contain('discharge or pus');
  });

  it('a fever alone says it is most likely unrelated and when to see a doctor', () => {
    const [flag] = assessSymptoms({ swelling: 'none', temperatureC: 38.1 }, 3);
    expect(flag?.message)
      .to.match(/most likely not caused by the SMP/)
      .and.match(/See a doctor/);
  });

  for (const t of [29.9, 45.1, Number.NaN, 100]) {
    it(`refuses a temperature of ${t} °C, naming it`, () => {
      expect(() => assessSymptoms({ swelling: 'none', temperatureC: t }, 2)).to.throw(
        RangeError,
        String(t === t ? t : 'null'),
      );
    });
  }

  it('accepts the edges of the temperature range', () => {
    expect(assessSymptoms({ swelling: 'none', temperatureC: 30 }, 2)).to.deep.equal([]);
    expect(assessSymptoms({ swelling: 'none', temperatureC: 45 }, 2).map((f) => f.code)).to.deep.equal(['fever']);
  });

  it('refuses an unknown swelling value', () => {
    expect(() => assessSymptoms({ swelling: 'huge' } as unknown as CheckIn, 2)).to.throw(TypeError, /"huge"/);
  });
});

describe('assessSymptoms: words that cannot be misread', () => {
  it('with no session yet, does not speak of "the first days" it cannot know', () => {
    const [flag] = assessSymptoms({ swelling: 'mild' }, null);
    expect(flag?.message)
      .to.match(/no treatment session yet/)
      .and.not.match(/first days/);
  });

  it('words a flag an older version stored for swelling with no session as the rules word it now', () => {
    const date = '2026-02-20' as IsoDate;
    const old: SymptomFlag = {
      level: 'watch',
      code: 'swelling-lasting',
      message:
        'Swelling that lasts beyond the first days is worth a call to your technician. See a doctor if it grows.',
    };
    const stored = { ...calm, swelling: 'mild' as const, date, flags: [old] };
    // No session in the plan: the check-in's answer now has a code and words of its own, at the same level.
    const [worded] = rewordFlags([stored], { sessions: [] });
    expect(worded!.flags).to.have.length(1);
    expect(worded!.flags[0]).to.deep.equal(assessSymptoms(stored, null)[0]);
    expect(worded!.flags[0]!.code).to.equal('swelling-no-session');
    expect(worded!.flags[0]!.level).to.equal('watch');
    expect(worded!.flags[0]!.message)
      .to.match(/no treatment session yet/)
      .and.not.match(/first days/);
    // Day 12 of a session: still swelling that lasts, so its words stay (they are today's words already).
    const later = { ...stored, date: '2026-03-12' as IsoDate, flags: assessSymptoms(stored, 12) };
    expect(rewordFlags([later], { sessions: [{ date: '2026-03-01' }] })[0]).to.equal(later);
    // Day 2 of a session: the rules would raise a note of another level, so the stored flag keeps its words.
    // A code that is a name every object has is a code like any other, never a crash.
    const odd = { ...stored, flags: [{ ...old, code: 'constructor' }] };
    expect(rewordFlags([odd], { sessions: [] })[0]).to.equal(odd);
    const early = { ...stored, date: '2026-03-02' as IsoDate };
    expect(rewordFlags([early], { sessions: [{ date: '2026-03-01' }] })[0]).to.equal(early);
  });
});

/**
 * How strongly words ask the person to act, read from the words themselves (English, the source
 * language): the one table flags and headings are both held to. The first match wins.
 */
const STRENGTH_WORDS: readonly (readonly [RegExp, Advice])[] = [
  [/\bnow\b/i, 'now'],
  [/\btoday\b/i, 'today'],
  [/\b(doctor|technician)\b/i, 'contact'],
];
const strengthOf = (words: string): Advice | null =>
  STRENGTH_WORDS.find(([pattern]) => pattern.test(words))?.[1] ?? null;

/** Every check-in the form can give (temperatures: none, normal, fever; feverish or not), on day 3 and day 12, after each swelling. */
function everyAssessment(): SymptomFlag[][] {
  const all: SymptomFlag[][] = [];
  const swellings = ['none', 'mild', 'moderate', 'severe'] as const;
  for (const swelling of swellings)
    for (const temperatureC of [undefined, 36.8, 38.4])
      for (const feverish of [false, true])
        for (const redness of ['none', 'at-site', 'spreading'] as const)
          for (const pain of ['none', 'mild', 'increasing', 'severe'] as const)
            for (const discharge of [false, true])
              for (const warmth of [false, true])
                for (const day of [null, 3, 12])
                  for (const previous of [undefined, { swelling: 'none' as const }]) {
                    const checkIn: CheckIn = { swelling, feverish, redness, pain, discharge, warmth };
                    all.push(
                      assessSymptoms(
                        temperatureC === undefined ? checkIn : { ...checkIn, temperatureC },
                        day,
                        previous,
                      ),
                    );
                  }
  return all;
}

describe('open flags and the words over them', () => {
  it('keeps urgent and watch flags open, urgent first, and leaves "good to know" notes with their check-in', () => {
    const flags: SymptomFlag[] = [
      { level: 'info', code: 'swelling-normal', message: 'a' },
      { level: 'watch', code: 'fever', message: 'b' },
      { level: 'urgent', code: 'fever-with-site-signs', message: 'c' },
      { level: 'watch', code: 'warmth', message: 'd' },
    ];
    expect(openFlags(flags).map((f) => f.code)).to.deep.equal(['fever-with-site-signs', 'fever', 'warmth']);
    expect(openFlags([flags[0]!])).to.deep.equal([]);
    expect(openFlags([])).to.deep.equal([]);
    expect(
      flags.map((f) => f.code),
      'the input is not reordered',
    ).to.deep.equal(['swelling-normal', 'fever', 'fever-with-site-signs', 'warmth']);
  });

  it('never puts a heading over advice stronger than it, comparing both by one table of words', () => {
    const assessments = everyAssessment();
    expect(assessments.length).to.equal(6912);
    // Each heading says the advice it stands for.
    for (const advice of Object.keys(ADVICE_ORDER) as Advice[])
      expect(strengthOf(FLAG_HEADINGS[advice])).to.equal(advice);
    const seen = new Map<string, Set<string>>();
    for (const flags of assessments) {
      const open = openFlags(flags);
      const top = strongestAdvice(flags);
      if (open.length === 0) {
        expect(top).to.equal(null);
        continue;
      }
      const heading = FLAG_HEADINGS[top!];
      for (const flag of open) {
        // The table of advice says what the flag's own words say…
        const said = strengthOf(flag.message);
        expect(said, flag.code).to.equal(adviceOf(flag));
        // …only urgent flags ask for help now…
        expect(said === 'now', flag.code).to.equal(flag.level === 'urgent');
        // …and the heading is at least as strong as every flag beneath it.
        expect(ADVICE_ORDER[strengthOf(heading)!], `${heading} over ${flag.code}`).to.be.at.least(ADVICE_ORDER[said!]);
        seen.set(flag.code, (seen.get(flag.code) ?? new Set()).add(heading));
      }
      // The most serious flag comes first.
      if (open.some((f) => f.level === 'urgent')) expect(open[0]!.level).to.equal('urgent');
    }
    expect([...seen.keys()].sort()).to.include.members([
      'fever',
      'fever-with-site-signs',
      'swelling',
      'redness-spreading',
    ]);
    // Spreading redness ("see a doctor today") is never headed by the milder "see a doctor or contact your technician".
    expect([...seen.get('redness-spreading')!]).not.to.include(FLAG_HEADINGS.contact);
    expect([...seen.get('redness-spreading')!]).to.include('See a doctor today');
    expect(
      FLAG_HEADINGS[strongestAdvice(assessSymptoms({ ...calm, redness: 'spreading', warmth: true }, 12))!],
    ).to.equal('See a doctor today');
    // A code this version does not know (stored by another) is headed by its level.
    expect(strongestAdvice([{ level: 'urgent', code: 'future-code', message: 'x' }])).to.equal('now');
    expect(strongestAdvice([{ level: 'watch', code: 'future-code', message: 'x' }])).to.equal('contact');
    for (const code of ['constructor', 'toString', '__proto__'])
      expect(strongestAdvice([{ level: 'watch', code, message: 'x' }]), code).to.equal('contact');
    expect(strongestAdvice([{ level: 'info', code: 'swelling-normal', message: 'x' }])).to.equal(null);
    // The one-line forms (the top of the card, the badge's title) say the same as the heading of their advice,
    // and the level alone (all the extension hears) gives the advice every flag of that level gives at least.
    for (const advice of ['now', 'today', 'contact'] as const)
      expect(OPEN_FLAG_LINES[advice].toLowerCase(), advice).to.contain(FLAG_HEADINGS[advice].toLowerCase());
    expect(openFlagLine('watch', 'today')).to.equal('Symptom flag: see a doctor today');
    expect(openFlagLine('urgent')).to.equal(OPEN_FLAG_LINES.now);
    expect(openFlagLine('watch')).to.equal(OPEN_FLAG_LINES.contact);
    // No flag word may sound like "wait and see" over advice to see someone.
    for (const word of [
      FLAG_WORDS.watch,
      FLAG_HEADINGS.contact,
      FLAG_HEADINGS.today,
      OPEN_FLAG_LINES.contact,
      OPEN_FLAG_LINES.today,
    ]) {
      expect(word).not.to.match(/eye on|wait|watch|fine|normal|nothing/i);
    }
  });
});
