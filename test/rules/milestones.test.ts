import { expect } from 'chai';
import { milestones, type Plan } from '../../src/rules/index.ts';

const find = (list: ReturnType<typeof milestones>, ruleId: string) => list.filter((m) => m.ruleId === ruleId);

describe('milestones', () => {
  const single: Plan = { sessions: [{ date: '2026-03-01', final: true }] };

  it('lists the session, the lifts and the starts, in date order', () => {
    const list = milestones(single);
    expect(list[0]).to.deep.include({ date: '2026-03-01', type: 'session', day: 1 });
    const dates = list.map((m) => m.date);
    expect(dates).to.deep.equal([...dates].sort());
    expect(find(list, 'keep-dry')).to.have.length(1);
    expect(find(list, 'keep-dry')[0]).to.deep.include({ date: '2026-03-06', day: 6, type: 'allowed' });
    expect(find(list, 'gentle-wash')[0]).to.deep.include({ date: '2026-03-06', type: 'starts' });
    expect(find(list, 'no-pools-saunas')[0]).to.deep.include({ date: '2026-03-31', day: 31, type: 'allowed' });
    expect(find(list, 'sunscreen')[0]).to.deep.include({ date: '2026-03-31', type: 'starts' });
    expect(find(list, 'no-blood-donation')[0]).to.deep.include({ date: '2027-03-01', type: 'allowed' });
  });

  it('words them for people and calendars', () => {
    const list = milestones(single);
    expect(find(list, 'gentle-wash')[0]?.summary).to.equal('Day 6: A mild, natural soap may be used when washing');
    expect(find(list, 'no-pools-saunas')[0]?.message).to.equal(
      'From Tue 31 Mar 2026: swimming, saunas and sunbeds allowed.',
    );
  });

  it('has no lift for a rule that never lifts (AHAs) nor for rules starting on the session day', () => {
    const list = milestones(single);
    expect(find(list, 'no-aha')).to.deep.equal([]);
    expect(find(list, 'damp-cloth')).to.deep.equal([]);
  });

  it('drops a lift that a new session pre-empts, and adds the new one', () => {
    const list = milestones({ sessions: [{ date: '2026-03-01' }, { date: '2026-03-04' }] });
    expect(find(list, 'keep-dry').map((m) => m.date)).to.deep.equal(['2026-03-09']);
    expect(list.filter((m) => m.type === 'session').map((m) => m.date)).to.deep.equal(['2026-03-01', '2026-03-04']);
  });

  it('says when blood donation counts from the latest session for want of a final one', () => {
    const [lift] = find(milestones({ sessions: [{ date: '2026-03-01' }] }), 'no-blood-donation');
    expect(lift?.message).to.match(/latest session/);
  });

  it('is empty without sessions', () => {
    expect(milestones({ sessions: [] })).to.deep.equal([]);
  });
});

describe('milestones: the "latest session" note', () => {
  it('carries the note in the countdown and the calendar title while no session is marked final', () => {
    const unmarked = { sessions: [{ date: '2026-03-01' }, { date: '2026-03-20' }] };
    const blood = milestones(unmarked).find((m) => m.ruleId === 'no-blood-donation');
    expect(blood?.summary).to.equal('Day 366: Blood donation allowed again (counted from your latest session)');
    expect(blood?.message).to.match(/counted from your latest session, as none is marked final/);
  });

  it('drops the note once the final session is marked', () => {
    const marked = { sessions: [{ date: '2026-03-01' }, { date: '2026-03-20', final: true }] };
    const blood = milestones(marked).find((m) => m.ruleId === 'no-blood-donation');
    expect(blood?.summary).to.equal('Day 366: Blood donation allowed again');
  });
});
