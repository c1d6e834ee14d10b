import { expect } from 'chai';
import { shareOrDownload } from '../../src/export/share-file.ts';

const pdf = () => new File(['%PDF-1.3 test'], 'smp-progress-2026-03-01-to-2026-03-10.pdf', { type: 'application/pdf' });

/** Defines navigator.share / canShare on this page, as a browser that shares files has them. */
function givePlatformShare(share: (data: ShareData) => Promise<void>, canShare = true) {
  Object.defineProperty(navigator, 'share', { value: share, configurable: true });
  Object.defineProperty(navigator, 'canShare', { value: () => canShare, configurable: true });
}

describe('shareOrDownload', () => {
  afterEach(() => {
    delete (navigator as { share?: unknown }).share;
    delete (navigator as { canShare?: unknown }).canShare;
  });

  /** Runs `action` and returns the link it clicked (the click's default, the download, is stopped). */
  async function clickedLink(action: () => Promise<unknown>): Promise<{ link: HTMLAnchorElement; result: unknown }> {
    let link: HTMLAnchorElement | null = null;
    const onClick = (event: MouseEvent) => {
      link = event.target as HTMLAnchorElement;
      event.preventDefault();
    };
    document.addEventListener('click', onClick, true);
    try {
      const result = await action();
      expect(link, 'a link was clicked').not.to.equal(null);
      return { link: link as unknown as HTMLAnchorElement, result };
    } finally {
      document.removeEventListener('click', onClick, true);
    }
  }

  it('downloads through a link to the file when the browser cannot share files (as here)', async () => {
    expect(typeof navigator.share, 'headless Chromium on Linux has no Web Share').to.equal('undefined');
    const file = pdf();
    const { link, result } = await clickedLink(() => shareOrDownload(file, 'Progress report'));
    expect(result).to.equal('downloaded');
    expect(link.download).to.equal(file.name);
    expect(link.href).to.match(/^blob:/);
    expect(await (await fetch(link.href)).text(), 'the link serves the file').to.equal('%PDF-1.3 test');
    expect(link.isConnected, 'the link is removed again').to.equal(false);
  });

  it('shares the file itself when the browser can', async () => {
    const received: ShareData[] = [];
    givePlatformShare(async (data) => void received.push(data));
    const file = pdf();
    expect(await shareOrDownload(file, 'Progress report')).to.equal('shared');
    expect(received).to.have.length(1);
    expect(received[0]!.files).to.deep.equal([file]);
    expect(received[0]!.title).to.equal('Progress report');
  });

  it('says "cancelled" when the person closes the share sheet, and downloads nothing', async () => {
    givePlatformShare(() => Promise.reject(new DOMException('Share canceled', 'AbortError')));
    let clicked = false;
    const onClick = () => (clicked = true);
    document.addEventListener('click', onClick, true);
    expect(await shareOrDownload(pdf(), 'Progress report')).to.equal('cancelled');
    document.removeEventListener('click', onClick, true);
    expect(clicked).to.equal(false);
  });

  it('falls back to the download when sharing fails, or when the browser cannot share this file', async () => {
    givePlatformShare(() => Promise.reject(new DOMException('No user activation', 'NotAllowedError')));
    expect((await clickedLink(() => shareOrDownload(pdf(), 'Progress report'))).result).to.equal('downloaded');
    let asked = false;
    givePlatformShare(async () => void (asked = true), false);
    expect((await clickedLink(() => shareOrDownload(pdf(), 'Progress report'))).result).to.equal('downloaded');
    expect(asked, 'share is not called for a file it cannot share').to.equal(false);
  });
});
