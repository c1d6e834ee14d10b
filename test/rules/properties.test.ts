import { expect } from 'chai';
import fc from 'fast-check';
import { DEFAULT_REGIMEN, compareDates, shiftDays, statusOn, type IsoDate, type Plan } from '../../src/rules/index.ts';

const BASE = '2025-12-01' as IsoDate;
// Plans of 1–4 sessions within ~2 years, days as offsets from BASE, so leap days and year ends occur.
const planArb = fc
  .uniqueArray(fc.integer({ min: 0, max: 800 }), { minLength: 1, maxLength: 4 })
  .chain((offsets) =>
    fc.record({
      offsets: fc.constant(offsets),
      finalIndex: fc.option(fc.integer({ min: 0, max: offsets.length - 1 }), { nil: undefined }),
    }),
  )
  .map(({ offsets, finalIndex }): Plan => ({
    sessions: offsets.map((o, i) => ({ date: shiftDays(BASE, o), ...(i === finalIndex ? { final: true } : {}) })),
  }));
const offsetArb = fc.integer({ min: -30, max: 900 });
const isSession = (plan: Plan, date: string) => plan.sessions.some((s) => s.date === date);

describe('statusOn: properties over generated plans', () => {
  it('the day number grows by one each calendar day until the next session', () => {
    fc.assert(
      fc.property(planArb, offsetArb, (plan, offset) => {
        const today = shiftDays(BASE, offset);
        const tomorrow = shiftDays(today, 1);
        const a = statusOn(plan, today);
        const b = statusOn(plan, tomorrow);
        if (isSession(plan, tomorrow)) return b.day === 1;
        return a.day === null ? b.day === null : b.day === a.day + 1;
      }),
      { numRuns: 300 },
    );
  });

  it('a lifted rule never returns without a new session', () => {
    fc.assert(
      fc.property(planArb, offsetArb, fc.integer({ min: 1, max: 60 }), (plan, offset, span) => {
        const start = shiftDays(BASE, offset);
        const days = Array.from({ length: span + 1 }, (_, i) => shiftDays(start, i));
        const activeByDay = days.map((date) => new Set(statusOn(plan, date).active.map((r) => r.id)));
        for (const rule of DEFAULT_REGIMEN.rules) {
          let seen = false;
          let lifted = false;
          for (const [i, date] of days.entries()) {
            if (i > 0 && isSession(plan, date)) {
              seen = false;
              lifted = false;
            }
            const active = activeByDay[i]?.has(rule.id) ?? false;
            if (active && lifted) return false;
            if (active) seen = true;
            else if (seen) lifted = true;
          }
        }
        return true;
      }),
      { numRuns: 60 },
    );
  });

  it('"until" is the last day in force: in force then, not the day after', () => {
    fc.assert(
      fc.property(planArb, offsetArb, (plan, offset) => {
        const status = statusOn(plan, shiftDays(BASE, offset));
        for (const rule of status.active) {
          if (rule.until === null) continue;
          if (compareDates(rule.until, status.date) < 0) return false;
          if (!statusOn(plan, rule.until).active.some((r) => r.id === rule.id)) return false;
          if (statusOn(plan, shiftDays(rule.until, 1)).active.some((r) => r.id === rule.id)) return false;
        }
        return true;
      }),
      { numRuns: 150 },
    );
  });

  it('the order of the sessions never matters, and the badge text fits in 4 characters', () => {
    fc.assert(
      fc.property(planArb, offsetArb, (plan, offset) => {
        const today = shiftDays(BASE, offset);
        const status = statusOn(plan, today);
        const reversed = statusOn({ sessions: [...plan.sessions].reverse() }, today);
        expect(reversed).to.deep.equal(status);
        return status.badge.text.length <= 4 && (status.day === null) === (status.level === 'none');
      }),
      { numRuns: 200 },
    );
  });
});
