import { expect } from 'chai';
import { html } from 'lit';
import '../../src/components/handover-confirm/plan-merge-view.ts';
import '../../src/components/handover-confirm/regimen-changes.ts';
import '../../src/components/handover-link/handover-link.ts';
import type { HandoverLink } from '../../src/components/handover-link/handover-link.ts';
import type { PlanMergeView } from '../../src/components/handover-confirm/plan-merge-view.ts';
import type { RegimenChanges } from '../../src/components/handover-confirm/regimen-changes.ts';
import { mergePlans, type PlanMerge } from '../../src/handover/index.ts';
import { DEFAULT_REGIMEN } from '../../src/rules/index.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { fixture } from '../helpers/fixture.ts';
import { studioRegimen } from '../helpers/regimens.ts';

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('<smp-regimen-changes>', () => {
  it('names whose regimen it is and each difference from the one in use', async () => {
    const el = await fixture<RegimenChanges>(
      html`<smp-regimen-changes .current=${DEFAULT_REGIMEN} .incoming=${studioRegimen}></smp-regimen-changes>`,
    );
    expect(text(el))
      .to.contain('A regimen from “Studio X aftercare”')
      .and.contain('You use “Standard SMP aftercare” now');
    const items = [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).to.deep.equal([
      'Keep your scalp dry: 3 days instead of 5',
      'Levels: strict care for 3 days instead of 5',
    ]);
    await expectNoAxeViolations(el);
  });

  it('says when only the name differs, and names the standard regimen as such', async () => {
    const renamed = { ...DEFAULT_REGIMEN, id: 'same', name: 'Same advice' };
    const same = await fixture<RegimenChanges>(
      html`<smp-regimen-changes .current=${DEFAULT_REGIMEN} .incoming=${renamed}></smp-regimen-changes>`,
    );
    expect(text(same)).to.contain('The advice is the same as in “Standard SMP aftercare”; only the name differs.');
    const back = await fixture<RegimenChanges>(
      html`<smp-regimen-changes .current=${studioRegimen} .incoming=${DEFAULT_REGIMEN}></smp-regimen-changes>`,
    );
    expect(text(back)).to.contain('The standard regimen').and.contain('Keep your scalp dry: 5 days instead of 3');
  });
});

describe('<smp-plan-merge-view>', () => {
  it('lists what a plan link adds, a final session that moves, and what stays with its note', async () => {
    const merge = mergePlans(
      { sessions: [{ date: '2026-03-01', final: true, note: 'Ink & Co' }] },
      { sessions: [{ date: '2026-03-01' }, { date: '2026-03-24', final: true }] },
    ) as { value: PlanMerge };
    const el = await fixture<PlanMergeView>(html`<smp-plan-merge-view .merge=${merge.value}></smp-plan-merge-view>`);
    expect(text(el))
      .to.contain('Will be added Session on Tue 24 Mar 2026 (final session)')
      .and.contain('Your final session becomes Tue 24 Mar 2026 (it was Sun 1 Mar 2026).')
      .and.contain('Stays as it is Session on Sun 1 Mar 2026 · Ink & Co')
      .and.contain('never carries them');
    await expectNoAxeViolations(el);
  });
});

describe('<smp-handover-link>', () => {
  it('shows the QR code (SVG, labelled) and the link, and copies it', async () => {
    const url = 'https://journal.example/#plan=2.abc';
    const el = await fixture<HandoverLink>(
      html`<smp-handover-link .url=${url} label="QR code of the link to your plan"></smp-handover-link>`,
    );
    const qr = el.shadowRoot!.querySelector('smp-qr-code')!;
    await qr.updateComplete;
    const svg = qr.shadowRoot!.querySelector('svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal('QR code of the link to your plan');
    expect(Number(svg.dataset['modules'])).to.be.within(21, 177);
    expect(svg.querySelector('path')!.getAttribute('d')).to.match(/^M/);
    expect(el.shadowRoot!.querySelector('textarea')!.value).to.equal(url);
    await expectNoAxeViolations(el);
  });

  it('says so when a text is too long for any QR code', async () => {
    const el = await fixture<HandoverLink>(html`<smp-handover-link .url=${'x'.repeat(4000)}></smp-handover-link>`);
    const qr = el.shadowRoot!.querySelector('smp-qr-code')!;
    await qr.updateComplete;
    expect(qr.shadowRoot!.textContent).to.contain('This link is too long for a QR code');
  });
});
