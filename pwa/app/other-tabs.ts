/**
 * Other tabs and windows of the app share the journal: after each change here they are told on a
 * BroadcastChannel and read it again, so none keeps showing (and then saving over) what is gone.
 */

/** The channel the app's tabs tell each other of changes on. */
const CHANGES_CHANNEL = 'smp-journal-changes';

/** The journal's link to the app's other tabs: it tells them of a change, and follows theirs. */
export class OtherTabs {
  private readonly channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANGES_CHANNEL) : null;
  private following: Promise<void> | null = null;
  private followAgain = false;

  /** `readAgain` reads the journal after another tab changed it (false when it is not open yet). */
  constructor(private readonly readAgain: () => Promise<unknown> | false) {
    this.channel?.addEventListener('message', () => this.follow());
  }

  /** Tells the other tabs that the journal changed here. */
  announce(): void {
    this.channel?.postMessage('changed');
  }

  close(): void {
    this.channel?.close();
  }

  /** Another tab changed the journal: read it again (once more if it changes again meanwhile). */
  private follow() {
    if (this.following) {
      this.followAgain = true;
      return;
    }
    const first = this.readAgain();
    if (first === false) return;
    this.following = (async () => {
      await Promise.resolve(first).catch(() => undefined);
      while (this.followAgain) {
        this.followAgain = false;
        await Promise.resolve(this.readAgain()).catch(() => undefined);
      }
      this.following = null;
    })();
  }
}
