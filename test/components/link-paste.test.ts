import { expect } from 'chai';
import { html } from 'lit';
import '../../src/components/link-paste/link-paste.ts';
import type { LinkAccept, LinkPaste } from '../../src/components/link-paste/link-paste.ts';
import { adviceOnly, planLink } from '../../src/handover/index.ts';
import { DEFAULT_REGIMEN } from '../../src/rules/index.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { fixture, nextEvent } from '../helpers/fixture.ts';
import { studioRegimen } from '../helpers/regimens.ts';

/** Pastes `text` and presses "Read the link"; resolves once the answer shows. */
async function paste(el: LinkPaste, text: string): Promise<void> {
  el.shadowRoot!.querySelector('textarea')!.value = text;
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.includes('Read the link'))!.click();
  for (let i = 0; i < 50 && !el.shadowRoot!.querySelector('.error, smp-plan-merge-view, smp-regimen-changes'); i += 1)
    await new Promise((resolve) => setTimeout(resolve, 20));
  await el.updateComplete;
}

const button = (el: LinkPaste, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);

describe('<smp-link-paste>', () => {
  it('shows what a pasted plan link sets and the regimen’s differences, then hands back the choice', async () => {
    const link = await planLink('https://journal.example/', { sessions: [{ date: '2026-03-01' }] }, studioRegimen);
    if (!link.ok) throw new Error(link.error);
    const el = await fixture<LinkPaste>(html`<smp-link-paste .regimen=${DEFAULT_REGIMEN}></smp-link-paste>`);
    await paste(el, link.value);
    const inner = (tag: string) => el.shadowRoot!.querySelector(tag)!.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(inner('smp-plan-merge-view')).to.contain('Session on Sun 1 Mar 2026');
    expect(inner('smp-regimen-changes')).to.contain('Keep your scalp dry: 3 days instead of 5');
    await expectNoAxeViolations(el);
    const accepted = nextEvent<CustomEvent<LinkAccept>>(el, 'link-accept');
    button(el, 'Set the plan and use this regimen')!.click();
    expect((await accepted).detail).to.deep.equal({
      plan: { sessions: [{ date: '2026-03-01' }] },
      regimen: adviceOnly(studioRegimen),
    });
  });

  it('offers only the plan when the regimen is the one in use', async () => {
    const link = await planLink('https://journal.example/', { sessions: [{ date: '2026-03-01' }] }, DEFAULT_REGIMEN);
    if (!link.ok) throw new Error(link.error);
    const el = await fixture<LinkPaste>(html`<smp-link-paste></smp-link-paste>`);
    await paste(el, link.value);
    expect(button(el, 'Set the plan and use this regimen')).to.equal(undefined);
    const accepted = nextEvent<CustomEvent<LinkAccept>>(el, 'link-accept');
    button(el, 'Set this plan')!.click();
    expect((await accepted).detail.regimen).to.equal(null);
  });

  it('refuses a damaged link with the sentence, and asks for a link when the field is empty', async () => {
    const el = await fixture<LinkPaste>(html`<smp-link-paste></smp-link-paste>`);
    await paste(el, 'https://journal.example/#plan=2.AAAAA');
    expect(el.shadowRoot!.querySelector('.error')!.textContent).to.equal(
      'This plan link is incomplete (it was cut off): copy the whole link again.',
    );
    await paste(el, '   ');
    expect(el.shadowRoot!.querySelector('.error')!.textContent).to.equal('Paste the link first.');
  });

  it('offers a regimen whose only change is a new name (as the app does), not "the one in use"', async () => {
    const renamed = { ...studioRegimen, name: 'Studio X, new name' };
    const link = await planLink('https://journal.example/', { sessions: [{ date: '2026-03-01' }] }, renamed);
    if (!link.ok) throw new Error(link.error);
    const el = await fixture<LinkPaste>(html`<smp-link-paste .regimen=${adviceOnly(studioRegimen)}></smp-link-paste>`);
    await paste(el, link.value);
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).not.to.contain('is the one in use here');
    const changes = el.shadowRoot!.querySelector('smp-regimen-changes')!.shadowRoot!.textContent!;
    expect(changes.replace(/\s+/g, ' ')).to.contain('only the name differs');
    const accepted = nextEvent<CustomEvent<LinkAccept>>(el, 'link-accept');
    button(el, 'Set the plan and use this regimen')!.click();
    expect((await accepted).detail.regimen?.name).to.equal('Studio X, new name');
  });

  it('says the regimen is the one in use when id, name and advice are the same', async () => {
    const link = await planLink('https://journal.example/', { sessions: [{ date: '2026-03-01' }] }, studioRegimen);
    if (!link.ok) throw new Error(link.error);
    const el = await fixture<LinkPaste>(html`<smp-link-paste .regimen=${studioRegimen}></smp-link-paste>`);
    await paste(el, link.value);
    expect(el.shadowRoot!.textContent!.replace(/\s+/g, ' ')).to.contain(
      'Its regimen is the one in use here, “Studio X aftercare”.',
    );
    expect(button(el, 'Set the plan and use this regimen')).to.equal(undefined);
  });
});
