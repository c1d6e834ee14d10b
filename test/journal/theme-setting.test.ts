import { expect } from 'chai';
import { InvalidRecordError, checkSettings } from '../../src/journal/records.ts';

describe('the theme setting', () => {
  it('is kept with the settings, and settings saved before it (or backed up) still pass without it', () => {
    for (const theme of ['system', 'light', 'dark'] as const)
      expect(checkSettings({ temperatureUnit: 'C', theme, persistenceAsked: false }).theme).to.equal(theme);
    expect(checkSettings({ temperatureUnit: 'F', persistenceAsked: true })).to.deep.equal({
      temperatureUnit: 'F',
      persistenceAsked: true,
    });
  });

  it('refuses a theme it does not know, with a sentence', () => {
    let error: unknown;
    try {
      checkSettings({ temperatureUnit: 'C', theme: 'purple', persistenceAsked: false });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(InvalidRecordError);
    expect((error as Error).message).to.match(/^The settings were not saved: .*theme/);
  });
});
