import { expect } from 'chai';
import { DRAFT_KEY, loadDraft, saveDraft } from '../../src/components/regimen-builder/draft-storage.ts';
import { draftOf } from '../../src/components/regimen-builder/draft.ts';
import { DEFAULT_REGIMEN } from '../../src/rules/index.ts';
import { studioRegimen } from '../helpers/regimens.ts';

describe('the regimen builder’s draft, kept on this device', () => {
  afterEach(() => localStorage.removeItem(DRAFT_KEY));

  it('starts from the standard regimen when nothing is kept', () => {
    localStorage.removeItem(DRAFT_KEY);
    expect(loadDraft()).to.deep.equal({ draft: draftOf(DEFAULT_REGIMEN), broken: false });
  });

  it('reads back what was kept, an emptied number field included', () => {
    const draft = { ...draftOf(studioRegimen, 'Ink & Co'), cautionUntilDay: Number.NaN };
    expect(saveDraft(draft)).to.equal(true);
    const kept = loadDraft();
    expect(kept.broken).to.equal(false);
    expect(kept.draft.name).to.equal('Ink & Co');
    expect(Number.isNaN(kept.draft.cautionUntilDay)).to.equal(true);
    expect(kept.draft.rules).to.deep.equal(draft.rules);
  });

  it('drops a kept draft that does not read back, and says so', () => {
    for (const stored of ['{not json', '{"name": 3}', JSON.stringify({ ...draftOf(DEFAULT_REGIMEN), rules: [{}] })]) {
      localStorage.setItem(DRAFT_KEY, stored);
      expect(loadDraft(), stored).to.deep.equal({ draft: draftOf(DEFAULT_REGIMEN), broken: true });
      expect(localStorage.getItem(DRAFT_KEY), 'dropped').to.equal(null);
    }
  });
});
