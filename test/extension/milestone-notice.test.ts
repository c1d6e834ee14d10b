import { expect } from 'chai';
import { milestoneNotice } from '../../extension/milestone-notice.ts';
import type { IsoDate } from '../../src/rules/index.ts';

const plan = { sessions: [{ date: '2026-03-01', final: true }] };

describe('milestone notifications (text)', () => {
  it('announces what becomes allowed and what starts on day 6', () => {
    expect(milestoneNotice(plan, '2026-03-06' as IsoDate)).to.deep.equal({
      title: 'Day 6 of healing: from today',
      message:
        'Showering allowed (gently, cold water) · Gentle cold-water washing allowed · Start moisturising (unperfumed, up to 3× a day)',
    });
  });

  it('announces swimming and saunas on day 31', () => {
    expect(milestoneNotice(plan, '2026-03-31' as IsoDate)?.message).to.contain('Swimming, saunas and sunbeds allowed');
  });

  it('says nothing on a day without changes, nor on a session day alone', () => {
    expect(milestoneNotice(plan, '2026-03-04' as IsoDate)).to.equal(null);
    expect(milestoneNotice(plan, '2026-03-01' as IsoDate)).to.equal(null);
  });
});
