import { expect } from 'chai';
import { validatePlanMessage } from '../../src/sync/plan-message.ts';

describe('the plan message the PWA sends the extension', () => {
  it('accepts a good one, keeping only dates and the final mark', () => {
    const result = validatePlanMessage({
      type: 'smp-plan',
      version: 1,
      plan: {
        sessions: [
          { date: '2026-03-01', note: 'Studio' },
          { date: '2026-03-20', final: true },
        ],
      },
      urgent: true,
    });
    expect(result).to.deep.equal({
      ok: true,
      value: {
        type: 'smp-plan',
        version: 1,
        plan: { sessions: [{ date: '2026-03-01' }, { date: '2026-03-20', final: true }] },
        urgent: true,
      },
    });
  });

  const bad: [string, unknown, RegExp][] = [
    ['not an object', 'hello', /not a plan message/],
    ['another type', { type: 'photos', version: 1, plan: { sessions: [] }, urgent: false }, /type/],
    ['a future version', { type: 'smp-plan', version: 2, plan: { sessions: [] }, urgent: false }, /version/],
    [
      'an impossible date',
      { type: 'smp-plan', version: 1, plan: { sessions: [{ date: '2026-02-30' }] }, urgent: false },
      /2026-02-30/,
    ],
    [
      'extra data (a check-in)',
      { type: 'smp-plan', version: 1, plan: { sessions: [] }, urgent: false, checkIn: {} },
      /not a plan message/,
    ],
    ['no urgent flag', { type: 'smp-plan', version: 1, plan: { sessions: [] } }, /urgent/],
  ];
  for (const [name, message, error] of bad) {
    it(`refuses ${name}`, () => {
      const result = validatePlanMessage(message);
      expect(result.ok).to.equal(false);
      expect((result as { error: string }).error).to.match(error);
    });
  }
});
