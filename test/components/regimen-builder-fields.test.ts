import { expect } from 'chai';
import { html } from 'lit';
import { draftOf } from '../../src/components/regimen-builder/draft.ts';
import '../../src/components/regimen-builder/regimen-builder.ts';
import '../../src/components/regimen-builder/builder-preview.ts';
import type { BuilderPreview } from '../../src/components/regimen-builder/builder-preview.ts';
import type { BuilderChange, RegimenBuilder } from '../../src/components/regimen-builder/regimen-builder.ts';
import { DEFAULT_REGIMEN } from '../../src/rules/index.ts';
import { fixture, nextEvent } from '../helpers/fixture.ts';
import { studioRegimen } from '../helpers/regimens.ts';

/** Sets a field of `root` as a person would: types (input) or picks (change). */
function set(root: ShadowRoot, selector: string, value: string, event: 'input' | 'change' = 'input'): void {
  const field = root.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(selector);
  expect(field, selector).to.not.equal(null);
  field!.value = value;
  field!.dispatchEvent(new Event(event, { bubbles: true, composed: true }));
}

const folded = (root: ShadowRoot | Element | null) => root!.textContent!.replace(/\s+/g, ' ');

describe('<smp-regimen-builder>: a rule’s fields', () => {
  async function firstRule() {
    const el = await fixture<RegimenBuilder>(
      html`<smp-regimen-builder
        .draft=${{ ...draftOf(DEFAULT_REGIMEN), name: 'Ink & Co' }}
        today="2026-03-01"
      ></smp-regimen-builder>`,
    );
    const editor = el.shadowRoot!.querySelector('smp-rule-editor')!;
    await editor.updateComplete;
    /** Edits a field of the first rule and resolves with the regimen's first rule as checked. */
    const edit = async (selector: string, value: string, event: 'input' | 'change' = 'input') => {
      const changed = nextEvent<CustomEvent<BuilderChange>>(el, 'regimen-change');
      set(editor.shadowRoot!, selector, value, event);
      const { detail } = await changed;
      await el.updateComplete;
      await editor.updateComplete;
      return detail;
    };
    return { el, editor, edit };
  }

  it('edits the title, the advice and the milestone, and the summary line follows the title', async () => {
    const { editor, edit } = await firstRule();
    let rule = (await edit('#title', 'No swimming')).regimen!.rules[0]!;
    expect(rule.title).to.equal('No swimming');
    expect(editor.shadowRoot!.querySelector('summary')!.textContent).to.contain('No swimming');
    rule = (await edit('#text', 'Chlorine and salt water sting fresh pigment.')).regimen!.rules[0]!;
    expect(rule.text).to.equal('Chlorine and salt water sting fresh pigment.');
    rule = (await edit('#milestone', 'Swimming allowed')).regimen!.rules[0]!;
    expect(rule.milestone).to.equal('Swimming allowed');
    // An emptied milestone is left out; an emptied title is refused with the rules' sentence.
    rule = (await edit('#milestone', '  ')).regimen!.rules[0]!;
    expect(rule).not.to.have.property('milestone');
    const emptied = await edit('#title', '');
    expect(emptied.regimen).to.equal(null);
    expect(emptied.error).to.match(/the title of rule 1 .*must not be empty/);
  });

  it('switches avoid and do, and what the days are counted from', async () => {
    const { editor, edit } = await firstRule();
    let rule = (await edit('#kind', 'do', 'change')).regimen!.rules[0]!;
    expect(rule.kind).to.equal('do');
    expect(editor.shadowRoot!.querySelector('summary .kind')!.textContent).to.equal('Do');
    rule = (await edit('#anchor', 'final-session', 'change')).regimen!.rules[0]!;
    expect(rule.window.anchor).to.equal('final-session');
    expect(editor.shadowRoot!.querySelector('summary .hint')!.textContent).to.contain('after the final session');
    rule = (await edit('#kind', 'avoid', 'change')).regimen!.rules[0]!;
    expect(rule.kind).to.equal('avoid');
  });

  it('lasts for years or for good, as chosen', async () => {
    const { editor, edit } = await firstRule();
    let rule = (await edit('#end', 'never', 'change')).regimen!.rules[0]!;
    expect(rule.window).to.deep.equal({ anchor: 'each-session', fromDay: 1, toDay: null });
    expect(editor.shadowRoot!.querySelector('#toDay')).to.equal(null);
    // An avoid rule lasting a year from each session outlasts the levels: the rules refuse it, naming
    // both (long-term care would start while it is still in force); as a "do" rule it is kept.
    const refused = await edit('#end', 'years', 'change');
    expect(refused.regimen).to.equal(null);
    expect(refused.error).to.match(
      /long-term care on day 31, but “Keep your scalp dry” is still to be avoided for 1 year/,
    );
    rule = (await edit('#kind', 'do', 'change')).regimen!.rules[0]!;
    expect(rule.window).to.deep.equal({ anchor: 'each-session', fromDay: 1, toYears: 1 });
    rule = (await edit('#toYears', '2')).regimen!.rules[0]!;
    expect(rule.window).to.deep.equal({ anchor: 'each-session', fromDay: 1, toYears: 2 });
  });
});

describe('<smp-builder-preview>: the days and the sample session', () => {
  async function preview() {
    const el = await fixture<BuilderPreview>(
      html`<smp-builder-preview .regimen=${studioRegimen} today="2026-03-01"></smp-builder-preview>`,
    );
    return { el, root: el.shadowRoot! };
  }

  const cardDays = async (root: ShadowRoot) => {
    const cards = [...root.querySelectorAll('smp-status-card')];
    await Promise.all(cards.map((card) => card.updateComplete));
    return cards.map((card) => /Day (\d+)/.exec(folded(card.shadowRoot))?.[1]);
  };

  it('shows the card on the days typed, and says what is wrong with days it cannot show', async () => {
    const { el, root } = await preview();
    expect(await cardDays(root)).to.deep.equal(['1', '6', '11', '31']);
    set(root, '#days', '2, 4');
    await el.updateComplete;
    expect(await cardDays(root)).to.deep.equal(['2', '4']);
    // Day 4: past the studio's three dry days.
    expect(folded(root.querySelectorAll('smp-status-card')[1]!.shadowRoot)).not.to.contain('Keep your scalp dry');
    expect(folded(root.querySelectorAll('smp-status-card')[0]!.shadowRoot)).to.contain('Keep your scalp dry');
    set(root, '#days', '2, soon');
    await el.updateComplete;
    expect(root.querySelector('[role="alert"]')!.textContent).to.contain('Write day numbers from 1');
  });

  it('moves the milestones with the sample session date', async () => {
    const { el, root } = await preview();
    expect(folded(root)).to.contain('Milestones after a session on Sun 1 Mar 2026');
    expect(root.querySelector('ul.milestones')!.textContent).to.contain('Sun 1 Mar 2026 · Day 1');
    set(root, '#session', '2026-05-10', 'change');
    await el.updateComplete;
    expect(folded(root)).to.contain('Milestones after a session on Sun 10 May 2026');
    const after = root.querySelector('ul.milestones')!.textContent!;
    expect(after).to.contain('Sun 10 May 2026 · Day 1');
    expect(after).not.to.contain('Mar 2026');
  });
});
