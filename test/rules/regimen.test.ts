import { expect } from 'chai';
import { JARGON } from '../helpers/jargon.ts';
import {
  ASK_YOUR_TECHNICIAN,
  DEFAULT_REGIMEN,
  RESERVED_REGIMEN,
  isReservedName,
  statusOn,
  validatePlan,
  validateRegimen,
  type Regimen,
  type Rule,
} from '../../src/rules/index.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';

/** A technician's copy of the standard regimen under its own id and name. */
const clone = (): Record<string, unknown> & { rules: Record<string, unknown>[] } =>
  ({ ...structuredClone(DEFAULT_REGIMEN), id: 'studio-copy', name: 'Studio copy' }) as never;

describe('regimen: the default is data with traceable sources', () => {
  it('is valid under its own schema, but for its reserved id and name', () => {
    expect(validateRegimen(clone()).ok).to.equal(true);
  });

  it('reserves its id and name: a look-alike is refused, naming what is taken', () => {
    expect(validateRegimen(DEFAULT_REGIMEN)).to.deep.include({ ok: false });
    const sameId = validateRegimen({ ...clone(), id: 'default' }) as { error: string };
    expect(sameId.error).to.match(/the id is “default”, the built-in regimen's id: give yours its own/);
    const sameName = validateRegimen({ ...clone(), name: 'Standard SMP aftercare' }) as { error: string };
    expect(sameName.error).to.match(
      /the name is “Standard SMP aftercare”, the built-in regimen's name: give yours its own/,
    );
  });

  it('reserves its name in every language the app speaks, whatever the spaces, case or accents', () => {
    expect(Object.keys(RESERVED_REGIMEN.names).sort()).to.deep.equal([...LANGUAGES].sort());
    const lookAlikes = [
      'standard SMP Aftercare',
      'Standard  SMP aftercare',
      'Standard SMP\taftercare',
      'Standard\u00A0SMP aftercare',
      'Cuidados SMP estándar',
      'cuidados  smp ESTANDAR',
      'Cuidados SMP esta\u0301ndar',
      ...Object.values(RESERVED_REGIMEN.names),
    ];
    for (const name of lookAlikes) {
      expect(isReservedName(name), name).to.equal(true);
      const result = validateRegimen({ ...clone(), name }) as { ok: boolean; error: string };
      expect(result.ok, name).to.equal(false);
      expect(result.error, name).to.match(/the name is “.+”, the built-in regimen's name: give yours its own\.$/);
    }
    // Named as it was written, so a Spanish look-alike is recognisable in the sentence.
    expect((validateRegimen({ ...clone(), name: 'Cuidados SMP estándar' }) as { error: string }).error).to.contain(
      'the name is “Cuidados SMP estándar”',
    );
    for (const name of ['Standard SMP aftercare plus', 'Cuidados SMP del estudio', 'Studio SMP aftercare'])
      expect(validateRegimen({ ...clone(), name }).ok, name).to.equal(true);
  });

  it('points every rule at a passage that is really in the source text', async () => {
    const source = (await (await fetch('/src/rules/SOURCE.md')).text()).replace(/\s+/g, ' ');
    for (const rule of DEFAULT_REGIMEN.rules) {
      expect(source, `${rule.id}: section`).to.contain(rule.source.section);
      expect(source, `${rule.id}: quote`).to.contain(rule.source.quote);
    }
  });

  it('carries the clinic’s "ask your technician" in its own words, pointing at that passage', async () => {
    const source = (await (await fetch('/src/rules/SOURCE.md')).text()).replace(/\s+/g, ' ');
    expect(source).to.contain(ASK_YOUR_TECHNICIAN.source.section).and.contain(ASK_YOUR_TECHNICIAN.source.quote);
    expect(ASK_YOUR_TECHNICIAN.text)
      .to.match(/ask your technician/i)
      .and.match(/full information/);
    expect(source, 'not copied word for word').not.to.contain(ASK_YOUR_TECHNICIAN.text);
  });

  it('gives every avoid rule that lifts, and every late-starting do rule, a milestone text', () => {
    for (const rule of DEFAULT_REGIMEN.rules) {
      const lifts = rule.kind === 'avoid' && !('toDay' in rule.window && rule.window.toDay === null);
      const startsLate = rule.kind === 'do' && rule.window.fromDay > 1;
      if (lifts || startsLate) expect(rule, rule.id).to.have.property('milestone').that.is.a('string');
    }
  });
});

describe('regimen: a technician’s own', () => {
  it('is used the same way once valid', () => {
    const own = clone();
    own.id = 'three-day-dry';
    own.name = 'Studio three-day';
    (own.rules[0] as { window: unknown }).window = { anchor: 'each-session', fromDay: 1, toDay: 3 };
    const result = validateRegimen(own);
    expect(result.ok).to.equal(true);
    const regimen = (result as { value: Regimen }).value;
    const plan = { sessions: [{ date: '2026-03-01' }] };
    expect(statusOn(plan, '2026-03-03', regimen).active.map((r) => r.id)).to.include('keep-dry');
    expect(statusOn(plan, '2026-03-04', regimen).active.map((r) => r.id)).not.to.include('keep-dry');
  });

  it('may leave out where its rules come from (the studio is their source)', () => {
    const own = clone();
    own.rules = own.rules.map(({ source: _source, ...rule }) => rule);
    expect(validateRegimen(own).ok).to.equal(true);
  });

  const broken: [string, (r: ReturnType<typeof clone>) => void, RegExp][] = [
    [
      'a wrong kind',
      (r) => ((r.rules[2] as { kind: string }).kind = 'maybe'),
      /the kind of rule 3 \(“[a-z-]+”\) must be “avoid” or “do”, not “maybe”/,
    ],
    [
      'a negative day',
      (r) => ((r.rules[0] as { window: unknown }).window = { anchor: 'each-session', fromDay: -2, toDay: 5 }),
      /the first day of rule 1 \(“keep-dry”\) must be 1 or more \(day 1 is the session day\)/,
    ],
    [
      'an end before the start',
      (r) => ((r.rules[0] as { window: unknown }).window = { anchor: 'each-session', fromDay: 6, toDay: 2 }),
      /rule 1 \(“keep-dry”\) ends before it starts/,
    ],
    ['a duplicate id', (r) => ((r.rules[1] as { id: string }).id = 'keep-dry'), /it has two rules with the same id/],
    [
      'an empty title',
      (r) => ((r.rules[3] as { title: string }).title = '  '),
      /the title of rule 4 \(“[a-z-]+”\) must not be empty/,
    ],
    [
      'a future format',
      (r) => (r.format = 2),
      /the format is 2, newer than this app reads \(format 1\): update the app/,
    ],
    [
      'an unknown field',
      (r) => ((r.rules[0] as Record<string, unknown>).colour = 'red'),
      /rule 1 \(“keep-dry”\) holds “colour”, which this app does not know/,
    ],
    ['no rules', (r) => (r.rules = []), /the rules must hold at least one rule/],
    [
      'levels out of order',
      (r) => (r.levels = { strictUntilDay: 10, cautionUntilDay: 5, limitedUntilDay: 30 }),
      /the levels must be in order/,
    ],
    [
      'long-term care before a time-limited avoid rule ends',
      (r) => (r.levels = { strictUntilDay: 5, cautionUntilDay: 10, limitedUntilDay: 20 }),
      /it starts long-term care on day 21, but “Stay out of the sun” is still to be avoided until day 30/,
    ],
    [
      'long-term care while a rule counted in years from each session is in force',
      (r) => ((r.rules[0] as { window: unknown }).window = { anchor: 'each-session', fromDay: 1, toYears: 1 }),
      /it starts long-term care on day 31, but “Keep your scalp dry” is still to be avoided for 1 year after each session: move long-term care later or end that rule sooner/,
    ],
    [
      'long-term care while a rule counted in years, starting later, is in force',
      (r) => ((r.rules[4] as { window: unknown }).window = { anchor: 'each-session', fromDay: 20, toYears: 2 }),
      /it starts long-term care on day 31, but “Do not shave” is still to be avoided for 2 years after each session/,
    ],
    [
      'a title longer than a list can show',
      (r) => ((r.rules[1] as { title: string }).title = 'T'.repeat(81)),
      /the title of rule 2 \(“damp-cloth”\) is too long \(at most 80 characters\)/,
    ],
    [
      'a text longer than the card can show',
      (r) => ((r.rules[1] as { text: string }).text = 'x'.repeat(401)),
      /the text of rule 2 \(“damp-cloth”\) is too long \(at most 400 characters\)/,
    ],
    [
      'a milestone longer than a countdown can show',
      (r) => ((r.rules[0] as { milestone: string }).milestone = 'm'.repeat(121)),
      /the milestone of rule 1 \(“keep-dry”\) is too long \(at most 120 characters\)/,
    ],
    [
      'a rule id longer than a day’s ticks can store',
      (r) => ((r.rules[1] as { id: string }).id = 'a'.repeat(61)),
      /the id of rule 2 \(“a+…”\) is too long \(at most 60 characters\)/,
    ],
    [
      'a text that would show reversed',
      (r) => ((r.rules[0] as { text: string }).text = 'Keep it dry \u202Eyrd ti peek'),
      /the text of rule 1 \(“keep-dry”\) holds hidden or direction-changing characters/,
    ],
    [
      'a name with a control character',
      (r) => (r.name = 'Studio\u0007 X'),
      /the name holds hidden or direction-changing characters/,
    ],
  ];
  for (const [name, breakIt, message] of broken) {
    it(`is refused with ${name}, naming the field`, () => {
      const own = clone();
      breakIt(own);
      const result = validateRegimen(own);
      expect(result.ok, name).to.equal(false);
      expect((result as { error: string }).error)
        .to.match(/^The regimen is not valid: /)
        .and.match(message)
        .and.not.match(JARGON);
    });
  }

  it('lets long-term care start on the day after the last time-limited avoid rule, and ignores the final-session rules', () => {
    const own = clone();
    own.levels = { strictUntilDay: 5, cautionUntilDay: 10, limitedUntilDay: 30 };
    // Blood donation counts from the final session, over a year: it may outlast the levels (the
    // levels follow the skin after the latest session; a final-session rule follows the course).
    const blood = own.rules.find((r) => r.id === 'no-blood-donation')!;
    expect(blood.window).to.deep.equal({ anchor: 'final-session', fromDay: 1, toYears: 1 });
    expect(validateRegimen(own).ok).to.equal(true);
    // So may one with a last day, counted from the final session.
    blood.window = { anchor: 'final-session', fromDay: 1, toDay: 90 };
    expect(validateRegimen(own).ok).to.equal(true);
  });

  it('counts a rule of years from each session as long as those years can be (a leap day included)', () => {
    const own = clone();
    (own.rules[0] as { window: unknown }).window = { anchor: 'each-session', fromDay: 1, toYears: 1 };
    // A year from 1 January 2024 lifts on day 367: long-term care may start then, not a day sooner.
    own.levels = { strictUntilDay: 5, cautionUntilDay: 10, limitedUntilDay: 366 };
    expect(validateRegimen(own).ok).to.equal(true);
    const plan = { sessions: [{ date: '2024-01-01' }] };
    expect(
      statusOn(plan, '2024-12-31', (validateRegimen(own) as { value: Regimen }).value).active.map((r) => r.id),
    ).to.include('keep-dry');
    own.levels = { strictUntilDay: 5, cautionUntilDay: 10, limitedUntilDay: 365 };
    expect((validateRegimen(own) as { error: string }).error).to.match(
      /starts long-term care on day 366, but “Keep your scalp dry” is still to be avoided for 1 year after each session/,
    );
  });

  it('keeps the joiners and direction marks that real scripts and emoji need', () => {
    const own = clone();
    own.name = 'Studio 👨\u200D👩\u200D👧 \u200Fשלום';
    expect(validateRegimen(own).ok).to.equal(true);
  });

  it('refuses something that is not a regimen at all', () => {
    expect(validateRegimen('hello')).to.deep.include({ ok: false });
    expect(validateRegimen(null)).to.deep.include({ ok: false });
  });
});

describe('plan validation', () => {
  it('accepts the first and last days of the sane range (1900–2100)', () => {
    const plan = { sessions: [{ date: '1900-01-01' }, { date: '2100-12-31' }] };
    expect(validatePlan(plan)).to.deep.equal({ ok: true, value: plan });
  });

  it('accepts a good plan', () => {
    const plan = {
      sessions: [
        { date: '2026-03-01', note: 'Studio' },
        { date: '2026-03-20', final: true },
      ],
    };
    expect(validatePlan(plan)).to.deep.equal({ ok: true, value: plan });
  });
  const bad: [string, unknown, RegExp][] = [
    [
      'an impossible date',
      { sessions: [{ date: '2026-02-30' }] },
      /the date of session 1 is “2026-02-30”, which is not a date this app can use: 2026-02 has no day 30/,
    ],
    ['two sessions on a date', { sessions: [{ date: '2026-03-01' }, { date: '2026-03-01' }] }, /same date/],
    [
      'two final sessions',
      {
        sessions: [
          { date: '2026-03-01', final: true },
          { date: '2026-03-02', final: true },
        ],
      },
      /it has more than one final session: only one can be/,
    ],
    ['a number for a date', { sessions: [{ date: 20260301 }] }, /the date of session 1 must be a date like 2026-03-01/],
    [
      'a session in year 0',
      { sessions: [{ date: '0000-01-01' }] },
      /the date of session 1 is “0000-01-01”, which is not a date this app can use: the year must be between 1900 and 2100/,
    ],
    [
      'a session in year 9999',
      { sessions: [{ date: '2026-03-01' }, { date: '9999-12-31' }] },
      /the date of session 2 is “9999-12-31”, which is not a date this app can use: the year must be between 1900 and 2100/,
    ],
    ['no sessions list', { session: [] }, /^The plan is not valid: the sessions are missing\.$/],
    [
      'a session note that would show reversed',
      { sessions: [{ date: '2026-03-01', note: 'Studio \u202Egnp.exe' }] },
      /the note of the session of 1 March 2026 holds hidden or direction-changing characters/,
    ],
  ];
  for (const [name, input, message] of bad) {
    it(`refuses ${name}`, () => {
      const result = validatePlan(input);
      expect(result.ok).to.equal(false);
      expect((result as { error: string }).error)
        .to.match(message)
        .and.not.match(JARGON);
    });
  }
});

describe('regimen: texts say only what the clinic says on the days they are shown', () => {
  const rule = (id: string): Rule => DEFAULT_REGIMEN.rules.find((r) => r.id === id)!;

  it('does not mention the foil shaver while shaving is forbidden (that belongs to the milestone)', () => {
    expect(rule('no-shaving').text).not.to.match(/foil|once every scab/i);
    expect(rule('no-shaving').milestone)
      .to.match(/foil shaver/)
      .and.match(/scab/);
  });

  it('agrees with itself on days 6–10: no chemical products, but a mild natural soap and an unperfumed moisturiser', () => {
    for (let day = 6; day <= 10; day += 1) {
      const date = `2026-03-${String(day).padStart(2, '0')}`;
      const shown = statusOn({ sessions: [{ date: '2026-03-01' }] }, date).active;
      const text = (id: string) => shown.find((r) => r.id === id)?.text ?? '';
      expect(
        shown.map((r) => r.id),
        `day ${day}`,
      ).to.include.members(['no-chemicals', 'gentle-wash', 'moisturise']);
      // The avoid rule names both products the clinic allows these days as its exceptions…
      expect(text('no-chemicals'), `day ${day}`).to.match(
        /From day 6, a mild, natural soap and a natural moisturiser without perfume are the exceptions\./,
      );
      // …the washing rule offers that soap, the moisturising rule that moisturiser…
      expect(text('gentle-wash'), `day ${day}`).to.match(/a mild, natural soap/);
      expect(text('moisturise'), `day ${day}`).to.match(/a natural moisturiser without perfume/);
      // …and none of them calls one product the only one.
      for (const id of ['no-chemicals', 'gentle-wash', 'moisturise'])
        expect(text(id), `${id}, day ${day}`).not.to.match(/\bonly\b|one exception|one product/);
    }
  });

  it('lets milestones allow only what the clinic allows, claiming nothing about the skin', () => {
    // The clinic never allows picking, touching freely or intense exercise: the milestones say the
    // rule's days are over and keep its remaining caution.
    expect(rule('no-picking').milestone).to.equal(
      'The 10 days without scratching are over: still never pick the scabs',
    );
    expect(rule('no-touching').milestone).to.equal(
      'The 10 hands-off days are over: still touch only with washed hands',
    );
    expect(rule('no-sweating').milestone).to.equal(
      'The 10 days without heavy sweating are over: ask your technician before intense exercise',
    );
    for (const id of ['no-picking', 'no-touching', 'no-sweating'])
      expect(rule(id).milestone, id).not.to.match(/allowed|may|can now|end of/i);
    expect(rule('no-picking').milestone).not.to.match(/have had time|fallen off|healed/i);
    expect(rule('no-touching').milestone).not.to.match(/no longer a risk/i);
    expect(rule('keep-dry').milestone)
      .to.match(/gently/)
      .and.match(/cold water/)
      .and.not.match(/shower/i);
    for (const r of DEFAULT_REGIMEN.rules as readonly Rule[])
      expect(`${r.text} ${r.milestone ?? ''}`, r.id).not.to.match(/\bhealed\b/i);
  });
});
