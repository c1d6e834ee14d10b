import { expect } from 'chai';
import { assessSymptoms, openFlags, type CheckIn, type FlagLevel, type SymptomFlag } from '../../src/rules/index.ts';
import { FLAG_HEADINGS, FLAG_WORDS, OPEN_FLAG_LINES } from '../../src/vocabulary/index.ts';

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
});

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

  it('never puts a heading or a level word over advice stronger than it', () => {
    const assessments = everyAssessment();
    expect(assessments.length).to.equal(6912);
    const seen = new Set<string>();
    for (const flags of assessments) {
      for (const flag of flags) {
        seen.add(flag.code);
        if (flag.level === 'urgent') {
          // The urgent heading is the urgent advice's own first words.
          expect(flag.message, flag.code).to.match(new RegExp(`^${FLAG_HEADINGS.urgent}:`));
          expect(OPEN_FLAG_LINES.urgent.toLowerCase()).to.contain(FLAG_HEADINGS.urgent.toLowerCase());
        }
        if (flag.level === 'watch') {
          // Every watch message sends the person to a doctor or the technician; the heading names both.
          expect(flag.message, flag.code).to.match(/\b(doctor|technician)\b/);
          expect(flag.message, flag.code).not.to.match(/seek medical help now|emergency/i);
        }
      }
      // Headed by the most serious flag: a watch heading never stands over an urgent flag.
      const open = openFlags(flags);
      if (open.some((f) => f.level === 'urgent')) expect(open[0]!.level).to.equal('urgent');
    }
    expect([...seen].sort()).to.include.members(['fever', 'fever-with-site-signs', 'swelling', 'redness-spreading']);
    for (const words of [FLAG_HEADINGS.watch, OPEN_FLAG_LINES.watch]) {
      expect(words)
        .to.match(/doctor/)
        .and.match(/technician/);
    }
    // No flag word may sound like "wait and see" over advice to see someone.
    for (const word of [FLAG_WORDS.watch, FLAG_HEADINGS.watch, OPEN_FLAG_LINES.watch]) {
      expect(word).not.to.match(/eye on|wait|watch|fine|normal|nothing/i);
    }
  });
});
