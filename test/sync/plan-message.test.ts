import { expect } from 'chai';
import { JARGON } from '../helpers/jargon.ts';
import { studioRegimen } from '../helpers/regimens.ts';
import { DEFAULT_REGIMEN, type Regimen } from '../../src/rules/index.ts';
import { planMessage, validatePlanMessage } from '../../src/sync/plan-message.ts';

const studio = studioRegimen;

const plan = {
  sessions: [
    { date: '2026-03-01', note: 'Studio' },
    { date: '2026-03-20', final: true },
  ],
};
const datesOnly = { sessions: [{ date: '2026-03-01' }, { date: '2026-03-20', final: true }] };

describe('the plan message the PWA sends the extension', () => {
  it('reads a version 1 message as the standard regimen, keeping only dates and the final mark', () => {
    const result = validatePlanMessage({ type: 'smp-plan', version: 1, plan, urgent: true });
    expect(result).to.deep.equal({
      ok: true,
      value: { type: 'smp-plan', version: 2, plan: datesOnly, urgent: true, regimen: null },
    });
  });

  it('writes version 2 with null for the standard regimen and no session notes', () => {
    const message = planMessage(plan, false, DEFAULT_REGIMEN);
    expect(message).to.deep.equal({ type: 'smp-plan', version: 2, plan: datesOnly, urgent: false, regimen: null });
    expect(JSON.stringify(message)).not.to.contain('Studio');
    expect(validatePlanMessage(message)).to.deep.equal({ ok: true, value: message });
  });

  it('carries a technician’s own regimen, which survives the round trip', () => {
    const message = planMessage(plan, false, studio);
    expect(message.regimen).to.equal(studio);
    const result = validatePlanMessage(JSON.parse(JSON.stringify(message)));
    expect(result.ok, JSON.stringify(result)).to.equal(true);
    expect((result as { value: { regimen: Regimen } }).value.regimen).to.deep.equal(studio);
  });

  const v2 = (regimen: unknown) => ({ type: 'smp-plan', version: 2, plan: { sessions: [] }, urgent: false, regimen });
  const bad: [string, unknown, RegExp][] = [
    ['not an object', 'hello', /^The message is not a plan message/],
    ['another type', { type: 'photos', version: 1, plan: { sessions: [] }, urgent: false }, /type/],
    [
      'a future version, saying to update the extension',
      { type: 'smp-plan', version: 3, plan: { sessions: [] }, urgent: false, regimen: null, extra: 1 },
      /^The plan message is version 3, newer than this extension reads \(1 and 2\): update the extension\.$/,
    ],
    [
      'a version that never existed',
      { ...v2(null), version: 0 },
      /^The plan message is version 0, which this extension does not read \(it reads 1 and 2\)\.$/,
    ],
    [
      'version 2 without its regimen',
      { type: 'smp-plan', version: 2, plan: { sessions: [] }, urgent: false },
      /regimen/,
    ],
    ['version 1 with a regimen', { ...v2(studio), version: 1 }, /not a plan message/],
    [
      'an invalid regimen (naming the field)',
      v2({ ...studio, rules: [{ ...studio.rules[0], kind: 'sometimes' }] }),
      /^The regimen is not valid: the kind of rule 1 \(“[a-z-]+”\) must be “avoid” or “do”, not “sometimes”\.$/,
    ],
    ['a regimen that is not an object', v2('studio-x'), /^The regimen is not valid/],
    [
      'an impossible date',
      { type: 'smp-plan', version: 1, plan: { sessions: [{ date: '2026-02-30' }] }, urgent: false },
      /2026-02-30/,
    ],
    [
      'an impossible date next to a good regimen',
      { ...v2(studio), plan: { sessions: [{ date: '2026-02-30' }] } },
      /2026-02-30/,
    ],
    ['extra data (a check-in)', { ...v2(null), checkIn: {} }, /not a plan message/],
    ['no urgent flag', { type: 'smp-plan', version: 1, plan: { sessions: [] } }, /urgent/],
  ];
  for (const [name, message, error] of bad) {
    it(`refuses ${name}`, () => {
      const result = validatePlanMessage(message);
      expect(result.ok, name).to.equal(false);
      expect((result as { error: string }).error, name)
        .to.match(error)
        .and.not.match(JARGON);
    });
  }
});
