import { expect } from 'chai';
import { DARK_FLAG_TONES, DARK_LEVEL_TONES, FLAG_TONES, LEVEL_TONES, type Tone } from '../../src/vocabulary/index.ts';
import { colourDistance, contrast } from '../helpers/colour.ts';

// The page colours each tone stands on (src/components/shared.styles.ts): the panel and the page.
const SURFACES = { light: ['#ffffff', '#f3f1ed'], dark: ['#1d2227', '#121518'] } as const;
// The body text drawn on a tone's background (the card's header, a flag's box).
const INK = { light: '#1c2329', dark: '#e6e9ec' } as const;
const THEMES = {
  light: { levels: LEVEL_TONES, flags: FLAG_TONES },
  dark: { levels: DARK_LEVEL_TONES, flags: DARK_FLAG_TONES },
} as const;

describe('the level and flag colours', () => {
  for (const [theme, { levels, flags }] of Object.entries(THEMES) as [keyof typeof THEMES, (typeof THEMES)['dark']][]) {
    it(`read in the ${theme} theme: each ink on its background and on the page, the text on each background`, () => {
      for (const [name, tone] of Object.entries<Tone>({ ...levels, ...flags })) {
        expect(contrast(tone.ink, tone.background), `${theme} ${name} on its background`).to.be.at.least(4.5);
        for (const surface of SURFACES[theme])
          expect(contrast(tone.ink, surface), `${theme} ${name} on ${surface}`).to.be.at.least(4.5);
        expect(contrast(INK[theme], tone.background), `${theme} text on the ${name} background`).to.be.at.least(4.5);
      }
    });

    it(`keep the levels apart in the ${theme} theme (inks and backgrounds), beside their icons and words`, () => {
      const names = Object.keys(levels) as (keyof typeof levels)[];
      for (const a of names)
        for (const b of names) {
          if (a >= b) continue;
          expect(colourDistance(levels[a].ink, levels[b].ink), `${theme} ${a} and ${b} inks`).to.be.above(20);
          expect(colourDistance(levels[a].background, levels[b].background), `${theme} ${a} and ${b}`).to.be.above(5);
        }
    });
  }

  it('has a dark tone for every light one, each darker behind and lighter in front', () => {
    const luminous = (hex: string) => contrast(hex, '#000000');
    for (const [light, dark] of [
      [LEVEL_TONES, DARK_LEVEL_TONES],
      [FLAG_TONES, DARK_FLAG_TONES],
    ] as [Record<string, Tone>, Record<string, Tone>][]) {
      expect(Object.keys(dark).sort()).to.deep.equal(Object.keys(light).sort());
      for (const name of Object.keys(light)) {
        expect(luminous(dark[name]!.background), name).to.be.below(luminous(light[name]!.background));
        expect(luminous(dark[name]!.ink), name).to.be.above(luminous(light[name]!.ink));
      }
    }
  });
});
