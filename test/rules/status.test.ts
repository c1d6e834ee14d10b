import { expect } from 'chai';
import { DEFAULT_REGIMEN, shiftDays, statusOn, type IsoDate, type Plan, type Status } from '../../src/rules/index.ts';
import { healingDayOn } from '../../src/rules/status.ts';

const d = (s: string) => s as IsoDate;
const one = (date: string, final?: boolean): Plan => ({ sessions: [{ date, ...(final ? { final } : {}) }] });
const ids = (status: Status) => status.active.map((rule) => rule.id);
const untilOf = (status: Status, id: string) => status.active.find((rule) => rule.id === id)?.until;

// Written out by hand from docs/DESIGN.md, not read from the regimen, so a wrong regimen fails here.
const EXPECTED_WINDOWS: Record<string, [number, number | null]> = {
  'keep-dry': [1, 5],
  'damp-cloth': [1, 5],
  'hat-in-bed': [1, 5],
  hydrate: [1, 5],
  'no-shaving': [1, 10],
  'no-touching': [1, 10],
  'no-picking': [1, 10],
  'no-shampoo': [1, 10],
  'no-chemicals': [1, 10],
  'no-sweating': [1, 10],
  'gentle-wash': [6, 10],
  moisturise: [6, 10],
  'cover-from-sun': [1, 30],
  'no-pools-saunas': [1, 30],
  sunscreen: [31, null],
  'daily-moisturiser': [31, null],
  'no-aha': [1, null],
};

describe('statusOn: every rule on its first and last day', () => {
  it('the table above covers every per-session rule of the default regimen', () => {
    const perSession = DEFAULT_REGIMEN.rules.filter((r) => r.window.anchor === 'each-session').map((r) => r.id);
    expect(Object.keys(EXPECTED_WINDOWS).sort()).to.deep.equal([...perSession].sort());
  });

  // One session on 2026-03-01 (day 1); day N is 2026-03-01 + (N - 1).
  const session = d('2026-03-01');
  for (const [id, [from, to]] of Object.entries(EXPECTED_WINDOWS)) {
    const dayDate = (day: number) => shiftDays(session, day - 1);
    it(`${id}: in force from day ${from}`, () => {
      expect(ids(statusOn(one(session), dayDate(from))), `${id} on day ${from}`).to.include(id);
      if (from > 1)
        expect(ids(statusOn(one(session), dayDate(from - 1))), `${id} on day ${from - 1}`).not.to.include(id);
    });
    if (to === null) {
      it(`${id}: never lifts (open-ended)`, () => {
        const status = statusOn(one(session), dayDate(from + 400));
        expect(ids(status), `${id} on day ${from + 400}`).to.include(id);
        expect(untilOf(status, id), `${id} until`).to.equal(null);
      });
    } else {
      it(`${id}: last day ${to}, lifted on day ${to + 1}`, () => {
        const last = statusOn(one(session), dayDate(to));
        expect(ids(last), `${id} on day ${to}`).to.include(id);
        expect(untilOf(last, id), `${id} until`).to.equal(dayDate(to));
        expect(ids(statusOn(one(session), dayDate(to + 1))), `${id} on day ${to + 1}`).not.to.include(id);
      });
    }
  }
});

describe('statusOn: day numbers and levels', () => {
  const rows: [string, number | null, Status['level']][] = [
    ['2026-02-28', null, 'none'],
    ['2026-03-01', 1, 'strict'],
    ['2026-03-05', 5, 'strict'],
    ['2026-03-06', 6, 'caution'],
    ['2026-03-10', 10, 'caution'],
    ['2026-03-11', 11, 'limited'],
    ['2026-03-30', 30, 'limited'],
    ['2026-03-31', 31, 'clear'],
    ['2027-03-01', 366, 'clear'],
  ];
  for (const [date, day, level] of rows) {
    it(`${date} after a session on 2026-03-01 is day ${day}, ${level}`, () => {
      const status = statusOn(one('2026-03-01'), date);
      expect(status.day, 'day').to.equal(day);
      expect(status.level, 'level').to.equal(level);
      expect(status.date).to.equal(date);
    });
  }

  it('with no sessions: day null, level none, nothing active, no next session', () => {
    const status = statusOn({ sessions: [] }, '2026-03-01');
    expect(status).to.include({ day: null, level: 'none', nextSession: null, sessionDate: null });
    expect(status.active).to.deep.equal([]);
    expect(status.badge.text).to.equal('');
    expect(status.badge.title).to.match(/no treatment plan/i);
  });
});

describe('statusOn: several sessions', () => {
  const plan: Plan = { sessions: [{ date: '2026-03-20' }, { date: '2026-03-01' }, { date: '2026-04-15' }] };

  it('counts the day from the latest session on or before the date', () => {
    expect(statusOn(plan, '2026-03-19').day).to.equal(19);
    expect(statusOn(plan, '2026-03-20').day).to.equal(1);
    expect(statusOn(plan, '2026-03-20').sessionDate).to.equal('2026-03-20');
    expect(statusOn(plan, '2026-04-14').day).to.equal(26);
    expect(statusOn(plan, '2026-04-15').day).to.equal(1);
  });

  it("healingDayOn (the diary's day number) is statusOn's day on every date, before, between and after sessions", () => {
    for (let date = '2026-02-20' as IsoDate; date <= '2026-06-01'; date = shiftDays(date, 1))
      expect(healingDayOn(plan, date), date).to.equal(statusOn(plan, date).day);
    expect(healingDayOn({ sessions: [] }, '2026-03-01')).to.equal(null);
    expect(() => healingDayOn(plan, '2026-02-30')).to.throw(RangeError);
  });

  it('restarts the per-session rules at each session', () => {
    expect(ids(statusOn(plan, '2026-03-19'))).not.to.include('keep-dry');
    expect(ids(statusOn(plan, '2026-03-20'))).to.include('keep-dry');
    expect(untilOf(statusOn(plan, '2026-03-20'), 'keep-dry')).to.equal('2026-03-24');
    expect(ids(statusOn(plan, '2026-03-25'))).to.include('gentle-wash');
  });

  it('shows the next and upcoming sessions', () => {
    const status = statusOn(plan, '2026-03-10');
    expect(status.nextSession).to.equal('2026-03-20');
    expect(status.upcomingSessions).to.deep.equal(['2026-03-20', '2026-04-15']);
    expect(statusOn(plan, '2026-04-15').nextSession).to.equal(null);
  });

  it('gives "until" as the last day of the unbroken run, across a planned session that renews the rule', () => {
    // No pools: 2026-03-01..03-30 from the first session; renewed on 03-20 (to 04-18), then on 04-15 (to 05-14).
    expect(untilOf(statusOn(plan, '2026-03-02'), 'no-pools-saunas')).to.equal('2026-05-14');
  });

  it('cuts a "do" rule short the day before the next session', () => {
    const close: Plan = { sessions: [{ date: '2026-03-01' }, { date: '2026-03-08' }] };
    expect(untilOf(statusOn(close, '2026-03-06'), 'gentle-wash')).to.equal('2026-03-07');
    expect(ids(statusOn(close, '2026-03-08'))).not.to.include('gentle-wash');
  });

  it('gives the same answer whatever the order of the sessions', () => {
    const reversed: Plan = { sessions: [...plan.sessions].reverse() };
    for (const date of ['2026-02-01', '2026-03-03', '2026-03-22', '2026-04-20', '2026-06-01']) {
      expect(statusOn(reversed, date), date).to.deep.equal(statusOn(plan, date));
    }
  });

  it('before the first session: level none, the first session as next', () => {
    const status = statusOn(plan, '2026-02-20');
    expect(status).to.include({ day: null, level: 'none', nextSession: '2026-03-01' });
    expect(status.badge.title).to.contain('next session');
  });
});

describe('statusOn: blood donation counts from the final session', () => {
  it('counts from the session marked final, and does not add a note', () => {
    const plan: Plan = { sessions: [{ date: '2026-03-01' }, { date: '2026-05-01', final: true }] };
    const rule = statusOn(plan, '2026-03-10').active.find((r) => r.id === 'no-blood-donation');
    expect(rule?.until).to.equal('2027-04-30');
    expect(rule?.note).to.equal(undefined);
    expect(ids(statusOn(plan, '2027-04-30'))).to.include('no-blood-donation');
    expect(ids(statusOn(plan, '2027-05-01'))).not.to.include('no-blood-donation');
  });

  it('counts from the latest session while none is final, and says so', () => {
    const plan: Plan = { sessions: [{ date: '2026-03-01' }, { date: '2026-03-20' }] };
    const rule = statusOn(plan, '2026-03-05').active.find((r) => r.id === 'no-blood-donation');
    expect(rule?.until).to.equal('2027-03-19');
    expect(rule?.note).to.match(/latest session/);
  });

  it('a session after the one marked final still counts (the stricter reading)', () => {
    const plan: Plan = { sessions: [{ date: '2026-03-01', final: true }, { date: '2026-06-01' }] };
    expect(untilOf(statusOn(plan, '2026-06-02'), 'no-blood-donation')).to.equal('2027-05-31');
  });

  it('a year after 29 February ends on 28 February (lifted on 1 March)', () => {
    expect(untilOf(statusOn(one('2028-02-29', true), '2028-03-01'), 'no-blood-donation')).to.equal('2029-02-28');
  });
});

describe('statusOn: year, leap-year and DST boundaries', () => {
  const rows: [string, string, number][] = [
    ['2026-12-30', '2027-01-01', 3],
    ['2026-12-31', '2027-01-30', 31],
    ['2028-02-28', '2028-02-29', 2],
    ['2028-02-28', '2028-03-01', 3],
    ['2027-02-28', '2027-03-01', 2],
    ['2028-02-01', '2028-03-02', 31],
    // Europe springs forward on 2026-03-29 and falls back on 2026-10-25.
    ['2026-03-28', '2026-03-30', 3],
    ['2026-10-24', '2026-10-26', 3],
    // The US: 2026-03-08 and 2026-11-01.
    ['2026-03-07', '2026-03-09', 3],
    ['2026-10-31', '2026-11-02', 3],
    // Chile springs forward at local midnight on 2026-09-06; New Zealand on 2026-09-27.
    ['2026-09-05', '2026-09-07', 3],
    ['2026-09-26', '2026-09-28', 3],
  ];
  for (const [session, date, day] of rows) {
    it(`a session on ${session} makes ${date} day ${day}`, () => {
      expect(statusOn(one(session), date).day).to.equal(day);
    });
  }

  it('keep-dry across a leap day ends on day 5', () => {
    expect(untilOf(statusOn(one('2028-02-27'), '2028-02-27'), 'keep-dry')).to.equal('2028-03-02');
  });
});

describe('statusOn: bad dates are refused with the value named', () => {
  const bad = [
    '2026-02-30',
    '2027-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-3-1',
    '20260301',
    '',
    'tomorrow',
    '2026-04-31',
  ];
  for (const value of bad) {
    it(`refuses today = ${JSON.stringify(value)}`, () => {
      expect(() => statusOn(one('2026-03-01'), value)).to.throw(RangeError, JSON.stringify(value));
    });
  }
  it('refuses an impossible session date, naming it', () => {
    expect(() => statusOn(one('2026-02-30'), '2026-03-01')).to.throw(RangeError, /session date "2026-02-30"/);
  });
  it('refuses a plan without sessions', () => {
    expect(() => statusOn({} as Plan, '2026-03-01')).to.throw(TypeError, /sessions/);
  });
  for (const far of ['0000-01-01', '0099-06-15', '1899-12-31', '2101-01-01', '9999-12-31']) {
    it(`refuses a session on ${far} (outside 1900–2100), naming it, instead of reading year 0 as 1900`, () => {
      expect(() => statusOn(one(far), '2026-03-01')).to.throw(
        RangeError,
        `The session date "${far}" is not a valid date: the year must be between 1900 and 2100.`,
      );
    });
  }
});

describe('statusOn: the badge', () => {
  it('shows the day number on every level, never a tick, and "999+" past what fits', () => {
    expect(statusOn(one('2026-03-01'), '2026-03-01').badge.text).to.equal('1');
    expect(statusOn(one('2026-03-01'), '2026-03-30').badge.text).to.equal('30');
    expect(statusOn(one('2026-03-01'), '2026-03-31').badge.text).to.equal('31');
    expect(statusOn(one('2026-03-01'), '2026-04-14').badge.text).to.equal('45');
    expect(statusOn(one('2026-03-01'), '2028-11-23').badge.text).to.equal('999');
    expect(statusOn(one('2026-03-01'), '2028-11-24').badge.text).to.equal('999+');
    expect(statusOn(one('2026-03-01'), '2099-12-31').badge.text).to.equal('999+');
    for (const date of ['2026-03-31', '2026-04-14', '2027-03-02', '2099-12-31']) {
      const { badge } = statusOn(one('2026-03-01'), date);
      expect(badge.text.length, date).to.be.at.most(4);
      expect(`${badge.text} ${badge.title}`, date).not.to.match(/[✓✔☑]|\bhealed\b/i);
    }
  });

  it('has a different colour for every level', () => {
    const colors = ['2026-02-01', '2026-03-01', '2026-03-07', '2026-03-15', '2026-05-01'].map(
      (date) => statusOn(one('2026-03-01'), date).badge.color,
    );
    expect(new Set(colors).size).to.equal(5);
  });

  it('puts what matters most today in the title, with the day and level in words', () => {
    expect(statusOn(one('2026-03-01'), '2026-03-03').badge.title).to.equal(
      'Day 3 · Strict care: keep your scalp dry until Thu 5 Mar 2026',
    );
    expect(statusOn(one('2026-03-01'), '2026-03-07').badge.title).to.equal(
      'Day 7 · Careful: do not shave until Tue 10 Mar 2026',
    );
    expect(statusOn(one('2026-03-01'), '2026-04-10').badge.title).to.equal(
      'Day 41 · Long-term care: use sunscreen on your scalp',
    );
  });
});

describe('statusOn: next change', () => {
  it('counts down to the next lifted rule', () => {
    const next = statusOn(one('2026-03-01'), '2026-03-04').nextChange;
    expect(next).to.deep.include({ date: '2026-03-06', inDays: 2, ruleId: 'keep-dry' });
    expect(next?.message).to.match(/^Washing your head allowed \(gently, with cold water\)/);
  });
  it('is the sunscreen start on day 30', () => {
    expect(statusOn(one('2026-03-01'), '2026-03-30').nextChange).to.deep.include({ date: '2026-03-31', inDays: 1 });
  });
});
