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
      value: { type: 'smp-plan', version: 3, plan: datesOnly, flag: 'urgent', regimen: null },
    });
  });

  it('reads version 2’s urgent flag as the flag level, and no flag as none', () => {
    const v2 = (urgent: boolean) => ({ type: 'smp-plan', version: 2, plan, urgent, regimen: null });
    expect(validatePlanMessage(v2(true))).to.deep.include({ ok: true });
    expect((validatePlanMessage(v2(true)) as { value: { flag: unknown } }).value.flag).to.equal('urgent');
    expect((validatePlanMessage(v2(false)) as { value: { flag: unknown } }).value.flag).to.equal(null);
  });

  it('writes version 3 with the open flag’s level, null for the standard regimen and no session notes', () => {
    for (const flag of [null, 'watch', 'urgent'] as const) {
      const message = planMessage(plan, flag, DEFAULT_REGIMEN);
      expect(message).to.deep.equal({ type: 'smp-plan', version: 3, plan: datesOnly, flag, regimen: null });
      expect(JSON.stringify(message)).not.to.contain('Studio');
      expect(validatePlanMessage(JSON.parse(JSON.stringify(message)))).to.deep.equal({ ok: true, value: message });
    }
  });

  it('carries a technician’s own regimen, which survives the round trip', () => {
    const message = planMessage(plan, 'watch', studio);
    expect(message.regimen).to.equal(studio);
    const result = validatePlanMessage(JSON.parse(JSON.stringify(message)));
    expect(result.ok, JSON.stringify(result)).to.equal(true);
    expect((result as { value: { regimen: Regimen } }).value.regimen).to.deep.equal(studio);
  });

  const v2 = (regimen: unknown) => ({ type: 'smp-plan', version: 2, plan: { sessions: [] }, urgent: false, regimen });
  const v3 = (flag: unknown) => ({ type: 'smp-plan', version: 3, plan: { sessions: [] }, flag, regimen: null });
  const bad: [string, unknown, RegExp][] = [
    ['not an object', 'hello', /^The message is not a plan message/],
    ['another type', { type: 'photos', version: 1, plan: { sessions: [] }, urgent: false }, /type/],
    [
      'a future version, saying to update the extension',
      { type: 'smp-plan', version: 4, plan: { sessions: [] }, flag: null, regimen: null, extra: 1 },
      /^The plan message is version 4, newer than this extension reads \(1, 2 and 3\): update the extension\.$/,
    ],
    [
      'a version that never existed',
      { ...v2(null), version: 0 },
      /^The plan message is version 0, which this extension does not read \(it reads 1, 2 and 3\)\.$/,
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
    ['a flag level that is not open (info)', v3('info'), /^The message is not a plan message: the open flag is /],
    ['a flag given as a boolean', v3(true), /^The message is not a plan message: the open flag is /],
    ['version 3 with version 2’s urgent', { ...v3(null), urgent: true }, /not a plan message/],
    ['version 3 without its flag', { type: 'smp-plan', version: 3, plan: { sessions: [] }, regimen: null }, /flag/],
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
