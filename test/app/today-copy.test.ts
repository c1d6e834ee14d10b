import { expect } from 'chai';
import { LitElement, css, html } from 'lit';
import { START_SNAPSHOT_KEY } from '../../src/journal/start-snapshot.ts';
import {
  TODAY_COPY_KEY,
  clearTodayCopy,
  saveTodayCopy,
  serializeShadow,
  type TodayCopy,
} from '../../pwa/app/today-copy.ts';
import { fixture } from '../helpers/fixture.ts';

/** A card with a style sheet, a ticked box (a property, not an attribute) and a slot. */
class CopyTestCard extends LitElement {
  static override styles = css`
    :host {
      display: block;
      color: rgb(1, 2, 3);
    }
  `;
  override render() {
    return html`<h2>Day 3 &lt;of&gt; healing</h2>
      <input type="checkbox" aria-label="Done" .checked=${true} />
      <slot></slot>`;
  }
}
customElements.define('copy-test-card', CopyTestCard);

/** The app's stand-in: a style element, a card with light content, a photo by blob: address. */
class CopyTestApp extends LitElement {
  override render() {
    return html`<style>
        main > p {
          margin: 0;
        }
      </style>
      <main title='a "quoted" title'>
        <copy-test-card><p>Inside</p></copy-test-card>
        <img src="blob:http://127.0.0.1/1234" alt="Today’s photo" width="40" height="40" />
        <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="" width="32" height="32" />
      </main>`;
  }
}
customElements.define('copy-test-app', CopyTestApp);

async function stored(): Promise<TodayCopy | null> {
  return JSON.parse(localStorage.getItem(TODAY_COPY_KEY) ?? 'null') as TodayCopy | null;
}

describe("Today's copy for the next start (pwa/app/today-copy.ts)", () => {
  afterEach(() => {
    clearTodayCopy();
    localStorage.removeItem(START_SNAPSHOT_KEY);
  });

  it('writes the shadow trees as declarative shadow roots with their styles, and they draw the same again', async () => {
    const app = await fixture<CopyTestApp>(html`<copy-test-app></copy-test-app>`);
    const card = app.shadowRoot!.querySelector('copy-test-card') as CopyTestCard;
    await card.updateComplete;
    const copy = serializeShadow(app.shadowRoot!);

    expect(copy).to.include('<copy-test-card-copy><template shadowrootmode="open"><style>');
    expect(copy, 'no custom element comes to life').not.to.match(/<copy-test-card[ >]/);
    expect(copy).to.include('Day 3 &lt;of&gt; healing');
    expect(copy).to.include('title="a &quot;quoted&quot; title"');
    expect(copy).not.to.include('blob:');
    expect(copy, 'any other address stays').to.include('src="data:image/gif;base64,R0lGODlhAQABAAAAACw="');
    expect(copy).not.to.include('<!--');
    expect(copy, 'a style element keeps its CSS as written').to.include('main > p {');

    const host = document.createElement('div');
    document.body.append(host);
    try {
      host.attachShadow({ mode: 'open' }).setHTMLUnsafe(copy);
      const drawn = host.shadowRoot!.querySelector('copy-test-card-copy')!;
      expect(drawn.shadowRoot, 'the declarative shadow root was attached').to.not.equal(null);
      expect(drawn.shadowRoot!.querySelector('h2')!.textContent).to.equal('Day 3 <of> healing');
      expect((drawn.shadowRoot!.querySelector('input') as HTMLInputElement).checked, 'the tick').to.equal(true);
      expect(getComputedStyle(drawn).color, 'its style sheet').to.equal('rgb(1, 2, 3)');
      expect(drawn.shadowRoot!.querySelector('slot')!.assignedElements()[0]!.textContent).to.equal('Inside');
      expect(customElements.get('copy-test-card-copy')).to.equal(undefined);
    } finally {
      host.remove();
    }
  });

  it('is kept with what decides whether it is still true, and only beside a start-up copy of the journal', async () => {
    const app = await fixture<CopyTestApp>(html`<copy-test-app></copy-test-app>`);
    saveTodayCopy(app, '2026-03-03', 'https://app.test/assets/index-1.js');
    expect(await stored(), 'no start-up copy of the journal: nothing to compare with').to.equal(null);
    localStorage.setItem(START_SNAPSHOT_KEY, '{"today":"2026-03-03"}');
    saveTodayCopy(app, '2026-03-03', '');
    expect(await stored(), 'no build to compare with').to.equal(null);

    saveTodayCopy(app, '2026-03-03', 'https://app.test/assets/index-1.js');
    const copy = await stored();
    expect(copy?.build).to.equal('https://app.test/assets/index-1.js');
    expect(copy?.date).to.equal('2026-03-03');
    expect(copy?.snapshot).to.equal('{"today":"2026-03-03"}');
    expect(copy?.lang).to.equal(document.documentElement.lang);
    expect(copy?.html).to.include('Day 3');

    clearTodayCopy();
    expect(await stored()).to.equal(null);
  });
});
