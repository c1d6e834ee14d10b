import { expect } from 'chai';
import { studioRegimen } from '../helpers/regimens.ts';
import { milestoneNotice } from '../../extension/milestone-notice.ts';
import type { IsoDate } from '../../src/rules/index.ts';

const plan = { sessions: [{ date: '2026-03-01', final: true }] };

describe('milestone notifications (text)', () => {
  it('announces what becomes allowed and what starts on day 6', () => {
    expect(milestoneNotice(plan, '2026-03-06' as IsoDate)).to.deep.equal({
      title: 'Day 6 of healing: from today',
      message:
        'Washing your head allowed (gently, with cold water) · A mild, natural soap may be used when washing · Start moisturising (unperfumed, up to 3× a day)',
      contextMessage: 'Standard SMP aftercare',
    });
  });

  it('announces swimming and saunas on day 31', () => {
    expect(milestoneNotice(plan, '2026-03-31' as IsoDate)?.message).to.contain('Swimming, saunas and sunbeds allowed');
  });

  it('says nothing on a day without changes, nor on a session day alone', () => {
    expect(milestoneNotice(plan, '2026-03-04' as IsoDate)).to.equal(null);
    expect(milestoneNotice(plan, '2026-03-01' as IsoDate)).to.equal(null);
  });

  it('follows a technician’s regimen and names it', () => {
    // Three dry days: showering is allowed from day 4, and nothing is left to announce on day 6.
    const studio = studioRegimen;
    expect(milestoneNotice(plan, '2026-03-04' as IsoDate, studio)).to.deep.equal({
      title: 'Day 4 of healing: from today',
      message: 'Washing your head allowed (gently, with cold water)',
      contextMessage: 'Studio X aftercare',
    });
    expect(milestoneNotice(plan, '2026-03-06' as IsoDate, studio)?.message).not.to.contain('Washing your head');
  });
});
