import { expect } from 'chai';
import { html } from 'lit';
import { draftOf, idOf, type Draft } from '../../src/components/regimen-builder/draft.ts';
import { parsePreviewDays } from '../../src/components/regimen-builder/builder-preview.ts';
import '../../src/components/regimen-builder/regimen-builder.ts';
import type { BuilderChange, RegimenBuilder } from '../../src/components/regimen-builder/regimen-builder.ts';
import { DEFAULT_REGIMEN, validateRegimen } from '../../src/rules/index.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { fixture, nextEvent } from '../helpers/fixture.ts';

/** Types into a field of the builder (or one of its rule editors) as a person would. */
async function type(root: ShadowRoot, selector: string, value: string): Promise<void> {
  const field = root.querySelector<HTMLInputElement>(selector);
  expect(field, selector).to.not.equal(null);
  field!.value = value;
  field!.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('<smp-regimen-builder>', () => {
  async function builder(draft: Draft = draftOf(DEFAULT_REGIMEN)) {
    const changes: BuilderChange[] = [];
    const el = await fixture<RegimenBuilder>(
      html`<smp-regimen-builder
        .draft=${draft}
        today="2026-03-01"
        @regimen-change=${(e: CustomEvent<BuilderChange>) => changes.push(e.detail)}
      ></smp-regimen-builder>`,
    );
    return { el, root: el.shadowRoot!, changes };
  }

  it('starts from the standard regimen and asks for the studio’s name, in the rules’ own words', async () => {
    const { el, root, changes } = await builder();
    expect(root.querySelectorAll('smp-rule-editor')).to.have.length(DEFAULT_REGIMEN.rules.length);
    expect(changes.at(-1)?.regimen).to.equal(null);
    expect(changes.at(-1)?.error).to.equal('The regimen is not valid: the name must not be empty.');
    expect(root.querySelector('[role="status"]')!.textContent).to.contain('the name must not be empty');
    await expectNoAxeViolations(el);
  });

  it('becomes a valid regimen named after the studio, without sources, and previews it', async () => {
    const { el, root, changes } = await builder();
    const changed = nextEvent<CustomEvent<BuilderChange>>(el, 'regimen-change');
    await type(root, '#name', 'Ink & Co');
    const { detail } = await changed;
    expect(detail.error).to.equal('');
    expect(detail.regimen).to.include({ id: 'ink-co', name: 'Ink & Co' });
    expect(detail.regimen!.rules.every((rule) => !('source' in rule))).to.equal(true);
    expect(validateRegimen(detail.regimen).ok).to.equal(true);
    await el.updateComplete;
    const preview = root.querySelector('smp-builder-preview')!;
    await preview.updateComplete;
    expect(preview.shadowRoot!.querySelectorAll('smp-status-card')).to.have.length(4);
    expect(preview.shadowRoot!.textContent).to.contain('Blood donation allowed again');
    expect(changes.length).to.be.greaterThan(1);
    await expectNoAxeViolations(el);
  });

  it('edits a rule’s window and the levels, and says what is wrong while it is wrong', async () => {
    const { el, root } = await builder({ ...draftOf(DEFAULT_REGIMEN), name: 'Ink & Co' });
    const editor = root.querySelector('smp-rule-editor')!;
    await editor.updateComplete;
    let changed = nextEvent<CustomEvent<BuilderChange>>(el, 'regimen-change');
    await type(editor.shadowRoot!, '#toDay', '3');
    const dry = (await changed).detail.regimen!.rules[0]!;
    expect(dry.window).to.deep.equal({ anchor: 'each-session', fromDay: 1, toDay: 3 });
    changed = nextEvent<CustomEvent<BuilderChange>>(el, 'regimen-change');
    await type(root, '#strictUntilDay', '12');
    expect((await changed).detail.error).to.equal(
      'The regimen is not valid: the levels must be in order: the last day of strict care, then the last careful day, then the last day before long-term care.',
    );
    changed = nextEvent<CustomEvent<BuilderChange>>(el, 'regimen-change');
    await type(root, '#strictUntilDay', '');
    expect((await changed).detail.error).to.match(
      /^The regimen is not valid: the last day of strict care (of the levels )?must /,
    );
  });

  it('adds a rule (opened, with an id of its own) and removes one', async () => {
    const { el, root } = await builder({ ...draftOf(DEFAULT_REGIMEN), name: 'Ink & Co' });
    let changed = nextEvent<CustomEvent<BuilderChange>>(el, 'regimen-change');
    [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.includes('Add a rule'))!.click();
    const added = (await changed).detail;
    expect(added.draft.rules.at(-1)?.id).to.equal('own-rule-1');
    expect(added.error).to.match(/the title of rule \d+ .*must not be empty/);
    await el.updateComplete;
    const editors = root.querySelectorAll('smp-rule-editor');
    const last = editors[editors.length - 1]!;
    await last.updateComplete;
    expect(last.shadowRoot!.querySelector('details')!.open).to.equal(true);
    changed = nextEvent<CustomEvent<BuilderChange>>(el, 'regimen-change');
    [...last.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')]
      .find((b) => b.textContent?.includes('Remove'))!
      .click();
    const removed = (await changed).detail;
    expect(removed.draft.rules).to.have.length(DEFAULT_REGIMEN.rules.length);
    expect(removed.error).to.equal('');
  });

  it('makes an id from any studio name, and reads the preview days', () => {
    expect(idOf('Ink & Co.')).to.equal('ink-co');
    expect(idOf('Café Noir Studio')).to.equal('cafe-noir-studio');
    expect(idOf('東京')).to.equal('studio');
    expect(parsePreviewDays('31, 1 6,11')).to.deep.equal({ days: [1, 6, 11, 31] });
    expect(parsePreviewDays('1, two')).to.have.property('error');
    expect(parsePreviewDays('0')).to.have.property('error');
  });
});
