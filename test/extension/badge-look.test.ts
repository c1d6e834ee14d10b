import { expect } from 'chai';
import { studioRegimen } from '../helpers/regimens.ts';
import { badgeLook } from '../../extension/badge-look.ts';
import { DEFAULT_REGIMEN, type IsoDate } from '../../src/rules/index.ts';
import { FLAG_TONES, LEVEL_COLORS } from '../../src/vocabulary/index.ts';

const studio = studioRegimen;
const plan = { sessions: [{ date: '2026-03-01' }] };
const day4 = '2026-03-04' as IsoDate;
const day45 = '2026-04-14' as IsoDate;

describe('the toolbar badge (what it shows)', () => {
  it('follows the standard regimen without naming it', () => {
    expect(badgeLook(plan, day4, null, DEFAULT_REGIMEN)).to.deep.equal({
      text: '4',
      color: LEVEL_COLORS.strict,
      title: 'Day 4 · Strict care: keep your scalp dry until Thu 5 Mar 2026',
    });
  });

  it('follows a technician’s regimen (its level, colour and rules) and names it', () => {
    const look = badgeLook(plan, day4, null, studio);
    expect(look.text).to.equal('4');
    expect(look.color).to.equal(LEVEL_COLORS.caution);
    expect(look.title).to.match(/^Day 4 · Careful: /);
    expect(look.title).not.to.contain('dry');
    expect(look.title).to.match(/ \(Studio X aftercare\)$/);
  });

  it('shows "!" for an urgent flag, saying what to do first, then the day under the regimen in use', () => {
    const look = badgeLook(plan, day4, 'urgent', studio);
    expect(look.text).to.equal('!');
    expect(look.color).to.equal(FLAG_TONES.urgent.ink);
    expect(look.title).to.match(
      /^Urgent symptom flag: seek medical help now\. Open the journal for what to do\. Day 4 · Careful: .* \(Studio X aftercare\)$/,
    );
  });

  it('shows "!" for a watch flag too, in its own colour, naming a doctor and the technician first', () => {
    const look = badgeLook(plan, day45, 'watch', DEFAULT_REGIMEN);
    expect(look.text).to.equal('!');
    expect(look.color).to.equal(FLAG_TONES.watch.ink).and.not.equal(FLAG_TONES.urgent.ink);
    expect(look.title).to.equal(
      'Symptom flag: see a doctor or contact your technician. Open the journal for what to do. Day 45 · Long-term care: use sunscreen on your scalp',
    );
  });

  it('words a watch flag by the advice the journal sent: spreading redness says "see a doctor today"', () => {
    const look = badgeLook(plan, day4, 'watch', DEFAULT_REGIMEN, 'today');
    expect(look.text).to.equal('!');
    expect(look.color).to.equal(FLAG_TONES.watch.ink);
    expect(look.title).to.match(
      /^Symptom flag: see a doctor today\. Open the journal for what to do\. Day 4 · Strict care: /,
    );
    expect(badgeLook(plan, day4, 'watch', DEFAULT_REGIMEN, 'contact').title).to.match(
      /^Symptom flag: see a doctor or contact your technician\. /,
    );
  });

  it('says "now" for an urgent flag whatever advice came with it, never milder than its level', () => {
    for (const advice of ['now', 'today', 'contact', null] as const)
      expect(badgeLook(plan, day4, 'urgent', DEFAULT_REGIMEN, advice).title, String(advice)).to.match(
        /^Urgent symptom flag: seek medical help now\. /,
      );
  });

  it('on day 45 shows the day, never a tick, and names long-term care', () => {
    const look = badgeLook(plan, day45, null, DEFAULT_REGIMEN);
    expect(look).to.deep.equal({
      text: '45',
      color: LEVEL_COLORS.clear,
      title: 'Day 45 · Long-term care: use sunscreen on your scalp',
    });
  });

  it('names the regimen even before any session', () => {
    expect(badgeLook({ sessions: [] }, day4, null, studio).title).to.equal(
      'SMP aftercare: no treatment plan yet, open to add your session date (Studio X aftercare)',
    );
  });
});
