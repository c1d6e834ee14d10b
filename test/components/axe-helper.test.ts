import { expect } from 'chai';
import { html } from 'lit';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { fixture } from '../helpers/fixture.ts';

describe('the axe helper', () => {
  it('finds a violation when there is one (an unlabelled input)', async () => {
    const el = await fixture<HTMLElement>(html`<div><input type="text" /></div>`);
    let error: unknown;
    try {
      await expectNoAxeViolations(el);
    } catch (e) {
      error = e;
    }
    expect(String(error)).to.contain('label');
  });
  it('passes a labelled input', async () => {
    const el = await fixture<HTMLElement>(
      html`<div>
        <label>Name <input type="text" /></label>
      </div>`,
    );
    await expectNoAxeViolations(el);
  });
});
