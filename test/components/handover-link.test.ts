import { expect } from 'chai';
import { html } from 'lit';
import '../../src/components/handover-link/handover-link.ts';
import type { HandoverLink } from '../../src/components/handover-link/handover-link.ts';
import { fixture } from '../helpers/fixture.ts';

const URL_ = 'https://journal.example/#regimen=2.abc';

/**
 * Sets `navigator.share` and `navigator.canShare` for one test (own properties that shadow the
 * browser's, removed afterwards): the platform's share sheet stands in, since the thing under test
 * is the component that decides whether to offer it and what it hands over.
 */
function withShare(share: unknown, canShare: unknown): () => void {
  Object.defineProperty(navigator, 'share', { value: share, configurable: true, writable: true });
  Object.defineProperty(navigator, 'canShare', { value: canShare, configurable: true, writable: true });
  return () => {
    delete (navigator as unknown as Record<string, unknown>).share;
    delete (navigator as unknown as Record<string, unknown>).canShare;
  };
}

const shareButton = (el: HandoverLink) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Share…');

describe('<smp-handover-link>: the share sheet', () => {
  let restore: (() => void) | null = null;
  afterEach(() => {
    restore?.();
    restore = null;
  });

  it('offers no "Share…" without navigator.share, only the link and "Copy the link"', async () => {
    restore = withShare(undefined, undefined);
    const el = await fixture<HandoverLink>(
      html`<smp-handover-link .url=${URL_} share-title="Ink and Co: aftercare"></smp-handover-link>`,
    );
    expect(shareButton(el)).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('textarea')!.value).to.equal(URL_);
    expect([...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent?.trim())).to.deep.equal([
      'Copy the link',
    ]);
  });

  it('offers no "Share…" when the browser cannot share a link', async () => {
    restore = withShare(
      () => Promise.resolve(),
      () => false,
    );
    const el = await fixture<HandoverLink>(
      html`<smp-handover-link .url=${URL_} share-title="Ink and Co: aftercare"></smp-handover-link>`,
    );
    expect(shareButton(el)).to.equal(undefined);
  });

  it('shares the link and its title only: no text, no files of the journal', async () => {
    const calls: unknown[] = [];
    const asked: unknown[] = [];
    restore = withShare(
      (data: unknown) => {
        calls.push(data);
        return Promise.resolve();
      },
      (data: unknown) => {
        asked.push(data);
        return true;
      },
    );
    const el = await fixture<HandoverLink>(
      html`<smp-handover-link .url=${URL_} share-title="Ink and Co: aftercare"></smp-handover-link>`,
    );
    expect(asked).to.deep.equal([{ url: URL_ }]);
    shareButton(el)!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).to.deep.equal([{ title: 'Ink and Co: aftercare', url: URL_ }]);
    expect(Object.keys(calls[0] as object).sort()).to.deep.equal(['title', 'url']);
  });

  it('says so when the share sheet fails, and nothing when the person closes it', async () => {
    let failure: unknown = new DOMException('closed', 'AbortError');
    restore = withShare(
      () => Promise.reject(failure),
      () => true,
    );
    const el = await fixture<HandoverLink>(
      html`<smp-handover-link .url=${URL_} share-title="Ink and Co: aftercare"></smp-handover-link>`,
    );
    const status = () => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
    shareButton(el)!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(status()).to.equal('');
    failure = new DOMException('not allowed', 'NotAllowedError');
    shareButton(el)!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(status()).to.equal('The share sheet did not open: copy the link instead.');
  });

  it('offers no "Share…" without a share title (the plan screen decides)', async () => {
    restore = withShare(
      () => Promise.resolve(),
      () => true,
    );
    const el = await fixture<HandoverLink>(html`<smp-handover-link .url=${URL_}></smp-handover-link>`);
    expect(shareButton(el)).to.equal(undefined);
  });
});
