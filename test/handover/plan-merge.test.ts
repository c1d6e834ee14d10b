import { expect } from 'chai';
import { mergePlans, type PlanMerge } from '../../src/handover/index.ts';
import type { Plan } from '../../src/rules/index.ts';

function merged(here: Plan, incoming: Plan): PlanMerge {
  const result = mergePlans(here, incoming);
  expect(result.ok, JSON.stringify(result)).to.equal(true);
  return (result as { value: PlanMerge }).value;
}

describe('merging a plan from another device', () => {
  it('sets the whole plan on a device that has none', () => {
    const result = merged(
      { sessions: [] },
      { sessions: [{ date: '2026-03-24', final: true }, { date: '2026-03-01' }] },
    );
    expect(result.plan.sessions).to.deep.equal([{ date: '2026-03-01' }, { date: '2026-03-24', final: true }]);
    expect(result.added.map((s) => s.date)).to.deep.equal(['2026-03-01', '2026-03-24']);
    expect(result.finalChange).to.deep.equal({ from: null, to: '2026-03-24' });
    expect(result.changes).to.equal(true);
  });

  it('keeps every session here with its note, adds only new dates, by date', () => {
    const here = { sessions: [{ date: '2026-03-01', note: 'Ink & Co' }, { date: '2026-02-01' }] };
    const result = merged(here, { sessions: [{ date: '2026-03-01' }, { date: '2026-03-24' }] });
    expect(result.plan.sessions).to.deep.equal([
      { date: '2026-02-01' },
      { date: '2026-03-01', note: 'Ink & Co' },
      { date: '2026-03-24' },
    ]);
    expect(result.added).to.deep.equal([{ date: '2026-03-24' }]);
    expect(result.kept.map((s) => s.date)).to.deep.equal(['2026-02-01', '2026-03-01']);
    expect(result.finalChange).to.equal(null);
  });

  it('moves the final mark to the link’s, and keeps the one here when the link has none', () => {
    const here = { sessions: [{ date: '2026-03-01', final: true }] };
    const moved = merged(here, { sessions: [{ date: '2026-03-01' }, { date: '2026-03-24', final: true }] });
    expect(moved.plan.sessions).to.deep.equal([{ date: '2026-03-01' }, { date: '2026-03-24', final: true }]);
    expect(moved.finalChange).to.deep.equal({ from: '2026-03-01', to: '2026-03-24' });
    const kept = merged(here, { sessions: [{ date: '2026-03-24' }] });
    expect(kept.plan.sessions).to.deep.equal([{ date: '2026-03-01', final: true }, { date: '2026-03-24' }]);
  });

  it('changes nothing when the plan is already here', () => {
    const here = { sessions: [{ date: '2026-03-01', final: true }] };
    const result = merged(here, { sessions: [{ date: '2026-03-01', final: true }] });
    expect(result.changes).to.equal(false);
    expect(result.plan).to.deep.equal(here);
  });

  it('refuses a merge past the plan’s limit with the plan’s sentence', () => {
    const dates = (from: number) => Array.from({ length: 30 }, (_, i) => ({ date: `20${from + i}-01-01` }));
    const result = mergePlans({ sessions: dates(30) }, { sessions: dates(60) });
    expect(result).to.deep.equal({
      ok: false,
      error: 'The plan is not valid: the sessions cannot be more than 50.',
      problem: 'the sessions cannot be more than 50',
    });
  });
});
