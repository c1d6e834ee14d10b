import { expect } from 'chai';
import { html } from 'lit';
import '../../src/components/settings-panel/settings-panel.ts';
import type { SettingsPanel } from '../../src/components/settings-panel/settings-panel.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { fixture, nextEvent } from '../helpers/fixture.ts';

describe('<smp-settings-panel>', () => {
  it('shows usage and that storage is not yet kept, and asks to keep it', async () => {
    const health = { usage: 1_500_000, quota: 300_000_000, persisted: false };
    const el = await fixture<SettingsPanel>(html`<smp-settings-panel .health=${health}></smp-settings-panel>`);
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('1.5 MB of 300.0 MB').and.contain('Not yet');
    const event = nextEvent(el, 'persist-request');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
    await event;
    await expectNoAxeViolations(el);
  });

  it('switches the temperature unit', async () => {
    const el = await fixture<SettingsPanel>(html`<smp-settings-panel unit="C"></smp-settings-panel>`);
    const event = nextEvent<CustomEvent>(el, 'unit-change');
    el.shadowRoot!.querySelector<HTMLInputElement>('input[value="F"]')!.click();
    expect((await event).detail).to.deep.equal({ unit: 'F' });
  });

  it('offers the colour theme, the system’s first, and sends the one chosen', async () => {
    const el = await fixture<SettingsPanel>(html`<smp-settings-panel theme="light"></smp-settings-panel>`);
    const choices = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="theme"]')];
    expect(choices.map((input) => input.parentElement!.textContent!.trim())).to.deep.equal([
      'Same as this device',
      'Light',
      'Dark',
    ]);
    expect(choices.map((input) => input.checked)).to.deep.equal([false, true, false]);
    const event = nextEvent<CustomEvent>(el, 'theme-change');
    choices[2]!.click();
    expect((await event).detail).to.deep.equal({ theme: 'dark' });
    await expectNoAxeViolations(el);
  });

  it('has no "keep" button once storage is persistent', async () => {
    const health = { usage: 10, quota: 100, persisted: true };
    const el = await fixture<SettingsPanel>(html`<smp-settings-panel .health=${health}></smp-settings-panel>`);
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('will not clear it');
  });
});
