import { expect } from 'chai';
import { JARGON } from '../helpers/jargon.ts';
import { studioRegimen } from '../helpers/regimens.ts';
import { DEFAULT_REGIMEN, type Regimen } from '../../src/rules/index.ts';
import type { ReminderTime } from '../../src/reminder/photo-reminder.ts';
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
      value: { type: 'smp-plan', version: 5, plan: datesOnly, flag: 'urgent', regimen: null },
    });
  });

  it('reads version 2’s urgent flag as the flag level, and no flag as none', () => {
    const v2 = (urgent: boolean) => ({ type: 'smp-plan', version: 2, plan, urgent, regimen: null });
    expect(validatePlanMessage(v2(true))).to.deep.include({ ok: true });
    expect((validatePlanMessage(v2(true)) as { value: { flag: unknown } }).value.flag).to.equal('urgent');
    expect((validatePlanMessage(v2(false)) as { value: { flag: unknown } }).value.flag).to.equal(null);
  });

  it('writes version 5 with the open flag’s level and advice, null for the standard regimen and no session notes', () => {
    for (const [flag, advice] of [
      [null, null],
      ['watch', 'contact'],
      ['watch', 'today'],
      ['urgent', 'now'],
    ] as const) {
      const message = planMessage(plan, flag, advice, DEFAULT_REGIMEN);
      expect(message).to.deep.equal({ type: 'smp-plan', version: 5, plan: datesOnly, flag, advice, regimen: null });
      expect(JSON.stringify(message)).not.to.contain('Studio');
      expect(validatePlanMessage(JSON.parse(JSON.stringify(message)))).to.deep.equal({ ok: true, value: message });
    }
  });

  it('carries a technician’s own regimen, which survives the round trip', () => {
    const message = planMessage(plan, 'watch', 'contact', studio);
    expect(message.regimen).to.equal(studio);
    const result = validatePlanMessage(JSON.parse(JSON.stringify(message)));
    expect(result.ok, JSON.stringify(result)).to.equal(true);
    expect((result as { value: { regimen: Regimen } }).value.regimen).to.deep.equal(studio);
  });

  it('carries only yes or no for today’s photo and the reminder time, leaving out a time never set', () => {
    const time = '19:30' as ReminderTime;
    const message = planMessage(plan, null, null, DEFAULT_REGIMEN, { photoToday: true, photoReminder: time });
    expect(message).to.deep.equal({
      type: 'smp-plan',
      version: 5,
      plan: datesOnly,
      flag: null,
      advice: null,
      regimen: null,
      photoToday: true,
      photoReminder: '19:30',
    });
    expect(validatePlanMessage(JSON.parse(JSON.stringify(message)))).to.deep.equal({ ok: true, value: message });
    const off = planMessage(plan, null, null, DEFAULT_REGIMEN, { photoToday: false, photoReminder: null });
    expect(off).to.include({ photoToday: false, photoReminder: null });
    expect(validatePlanMessage(JSON.parse(JSON.stringify(off)))).to.deep.equal({ ok: true, value: off });
    const neverSet = planMessage(plan, null, null, DEFAULT_REGIMEN, { photoToday: false });
    expect(neverSet).to.have.property('photoToday', false);
    expect(neverSet, 'a time never set leaves the extension’s own').not.to.have.property('photoReminder');
  });

  it('reads versions 3 and 4 without the reminder’s fields as saying nothing about the reminder', () => {
    const v3message = { type: 'smp-plan', version: 3, plan, flag: 'watch', regimen: null };
    const v4message = { ...v3message, version: 4 };
    for (const message of [v3message, v4message]) {
      const result = validatePlanMessage(message);
      expect(result.ok, JSON.stringify(result)).to.equal(true);
      const value = (result as { value: object }).value;
      expect(value).to.include({ version: 5, flag: 'watch' });
      expect(value).not.to.have.property('photoToday');
      expect(value).not.to.have.property('photoReminder');
    }
  });

  it('reads the open flags’ advice beside the level, and a message without it (older app) as not saying', () => {
    const v5message = (fields: object) => ({
      type: 'smp-plan',
      version: 5,
      plan,
      flag: 'watch',
      regimen: null,
      ...fields,
    });
    for (const advice of ['today', 'contact', null] as const) {
      const result = validatePlanMessage(v5message({ advice }));
      expect(result.ok, JSON.stringify(result)).to.equal(true);
      expect((result as { value: object }).value).to.include({ version: 5, flag: 'watch', advice });
    }
    const urgent = validatePlanMessage(v5message({ flag: 'urgent', advice: 'now' }));
    expect((urgent as { value: object }).value).to.include({ flag: 'urgent', advice: 'now' });
    // Versions 4 (and before) and a version 5 without it: the level alone words the flag.
    for (const message of [{ ...v5message({}), version: 4 }, v5message({})]) {
      const result = validatePlanMessage(message);
      expect(result.ok, JSON.stringify(result)).to.equal(true);
      expect((result as { value: object }).value).to.include({ version: 5, flag: 'watch' });
      expect((result as { value: object }).value).not.to.have.property('advice');
    }
  });

  const v2 = (regimen: unknown) => ({ type: 'smp-plan', version: 2, plan: { sessions: [] }, urgent: false, regimen });
  const v3 = (flag: unknown) => ({ type: 'smp-plan', version: 3, plan: { sessions: [] }, flag, regimen: null });
  const v4 = (fields: object) => ({ ...v3(null), version: 4, ...fields });
  const v5 = (flag: unknown, advice: unknown) => ({ ...v3(flag), version: 5, advice });
  const bad: [string, unknown, RegExp][] = [
    ['not an object', 'hello', /^The message is not a plan message/],
    ['another type', { type: 'photos', version: 1, plan: { sessions: [] }, urgent: false }, /type/],
    [
      'a future version, saying to update the extension',
      { type: 'smp-plan', version: 6, plan: { sessions: [] }, flag: null, regimen: null, extra: 1 },
      /^The plan message is version 6, newer than this extension reads \(1 to 5\): update the extension\.$/,
    ],
    [
      'a version that never existed',
      { ...v2(null), version: 0 },
      /^The plan message is version 0, which this extension does not read \(it reads 1 to 5\)\.$/,
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
    ['a flag level that is not open (info)', v3('info'), /^The message is not a plan message: the open flag /],
    ['a flag given as a boolean', v3(true), /^The message is not a plan message: the open flag /],
    ['version 3 with version 2’s urgent', { ...v3(null), urgent: true }, /not a plan message/],
    [
      'a reminder time that is not a time of day',
      v4({ photoReminder: '7pm' }),
      /^The message is not a plan message: the photo reminder’s time is “7pm”, not a time of day like 19:30\.$/,
    ],
    ['a reminder at 24:00', v4({ photoReminder: '24:00' }), /the photo reminder’s time is “24:00”, not a time of day/],
    [
      'a reminder time given as a number',
      v4({ photoReminder: 1930 }),
      /the photo reminder’s time must be a time like 19:30/,
    ],
    [
      '“photo today” that is not yes or no',
      v4({ photoToday: 'yes' }),
      /the “photo taken today” answer must be true or false/,
    ],
    ['a photo itself', v4({ photoToday: true, photo: 'data:image/jpeg;base64,AAAA' }), /not a plan message/],
    ['version 3 with the reminder’s fields', { ...v3(null), photoToday: true }, /not a plan message/],
    [
      'advice that is not one of the three',
      v5('watch', 'tomorrow'),
      /^The message is not a plan message: the advice is “tomorrow”, which this app does not know\.$/,
    ],
    ['advice given as a level', v5('watch', 'urgent'), /^The message is not a plan message: the advice is “urgent”/],
    [
      'advice given as a number',
      v5('watch', 2),
      /^The message is not a plan message: the advice is “2”, which this app does not know\.$/,
    ],
    ['advice given as an object', v5('watch', { now: true }), /: the advice is not something this app knows\.$/],
    ['version 4 with advice', { ...v5('watch', 'today'), version: 4 }, /not a plan message: it holds “advice”/],
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
