import { expect } from 'chai';
import { DEFAULT_REGIMEN, statusOn, validatePlan, validateRegimen, type Regimen } from '../../src/rules/index.ts';

const clone = (): Record<string, unknown> & { rules: Record<string, unknown>[] } =>
  structuredClone(DEFAULT_REGIMEN) as never;

describe('regimen: the default is data with traceable sources', () => {
  it('is valid under its own schema', () => {
    expect(validateRegimen(DEFAULT_REGIMEN)).to.deep.equal({ ok: true, value: DEFAULT_REGIMEN });
  });

  it('points every rule at a passage that is really in the source text', async () => {
    const source = (await (await fetch('/src/rules/SOURCE.md')).text()).replace(/\s+/g, ' ');
    for (const rule of DEFAULT_REGIMEN.rules) {
      expect(source, `${rule.id}: section`).to.contain(rule.source.section);
      expect(source, `${rule.id}: quote`).to.contain(rule.source.quote);
    }
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

  const broken: [string, (r: ReturnType<typeof clone>) => void, RegExp][] = [
    [
      'a wrong kind',
      (r) => ((r.rules[2] as { kind: string }).kind = 'maybe'),
      /rules\[2\]\.kind: expected "avoid" or "do"/,
    ],
    [
      'a negative day',
      (r) => ((r.rules[0] as { window: unknown }).window = { anchor: 'each-session', fromDay: -2, toDay: 5 }),
      /rules\[0\]\.window/,
    ],
    [
      'an end before the start',
      (r) => ((r.rules[0] as { window: unknown }).window = { anchor: 'each-session', fromDay: 6, toDay: 2 }),
      /rules\[0\]: window\.toDay is before window\.fromDay/,
    ],
    ['a duplicate id', (r) => ((r.rules[1] as { id: string }).id = 'keep-dry'), /rule ids must be unique/],
    ['an empty title', (r) => ((r.rules[3] as { title: string }).title = '  '), /rules\[3\]\.title: must not be empty/],
    ['a future format', (r) => (r.format = 2), /format: this app reads regimen format 1/],
    ['an unknown field', (r) => ((r.rules[0] as Record<string, unknown>).colour = 'red'), /rules\[0\]/],
    ['no rules', (r) => (r.rules = []), /rules: a regimen needs at least one rule/],
    [
      'levels out of order',
      (r) => (r.levels = { strictUntilDay: 10, cautionUntilDay: 5, limitedUntilDay: 30 }),
      /levels: levels must not decrease/,
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
        .and.match(message);
    });
  }

  it('refuses something that is not a regimen at all', () => {
    expect(validateRegimen('hello')).to.deep.include({ ok: false });
    expect(validateRegimen(null)).to.deep.include({ ok: false });
  });
});

describe('plan validation', () => {
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
      /sessions\[0\]\.date: "2026-02-30" is not a real date/,
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
      /only one session/,
    ],
    ['a number for a date', { sessions: [{ date: 20260301 }] }, /sessions\[0\]\.date/],
    ['no sessions list', { session: [] }, /plan is not valid/],
  ];
  for (const [name, input, message] of bad) {
    it(`refuses ${name}`, () => {
      const result = validatePlan(input);
      expect(result.ok).to.equal(false);
      expect((result as { error: string }).error).to.match(message);
    });
  }
});
