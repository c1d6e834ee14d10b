import { expect } from 'chai';
import { studioRegimen } from '../helpers/regimens.ts';
import { badgeLook } from '../../extension/badge-look.ts';
import { DEFAULT_REGIMEN, type IsoDate } from '../../src/rules/index.ts';
import { LEVEL_COLORS } from '../../src/vocabulary/index.ts';

const studio = studioRegimen;
const plan = { sessions: [{ date: '2026-03-01' }] };
const day4 = '2026-03-04' as IsoDate;

describe('the toolbar badge (what it shows)', () => {
  it('follows the standard regimen without naming it', () => {
    expect(badgeLook(plan, day4, false, DEFAULT_REGIMEN)).to.deep.equal({
      text: '4',
      color: LEVEL_COLORS.strict,
      title: 'Day 4 · Strict care: keep your scalp dry until Thu 5 Mar 2026',
    });
  });

  it('follows a technician’s regimen (its level, colour and rules) and names it', () => {
    const look = badgeLook(plan, day4, false, studio);
    expect(look.text).to.equal('4');
    expect(look.color).to.equal(LEVEL_COLORS.caution);
    expect(look.title).to.match(/^Day 4 · Careful: /);
    expect(look.title).not.to.contain('dry');
    expect(look.title).to.match(/ \(Studio X aftercare\)$/);
  });

  it('shows "!" for an urgent flag, still saying the day under the regimen in use', () => {
    const look = badgeLook(plan, day4, true, studio);
    expect(look.text).to.equal('!');
    expect(look.color).to.equal('#a3120a');
    expect(look.title).to.match(/^Urgent symptom flag: open the journal\. Day 4 · Careful: .* \(Studio X aftercare\)$/);
  });

  it('names the regimen even before any session', () => {
    expect(badgeLook({ sessions: [] }, day4, false, studio).title).to.equal(
      'SMP aftercare: no treatment plan yet, open to add your session date (Studio X aftercare)',
    );
  });
});
