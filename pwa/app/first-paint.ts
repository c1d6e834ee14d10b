/** The start-up order: today's card paints first, the tabs and the panels below it a frame later. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the app shows: nothing yet, Today (its card paints first), or another screen. */
export type FirstScreen = 'loading' | 'today' | 'other';

/**
 * Holds back the rest of the page (`settled` false) until the first screen has painted: with Today,
 * until the frame after its card (marked `today-card-painted` for the start-up benchmark); with
 * any other screen, or when Today's copy from the last start is already up, at once.
 */
export class FirstPaintController implements ReactiveController {
  /** False until the first screen has painted; then the rest of the page renders. */
  settled = false;
  private painted = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly firstScreen: () => FirstScreen,
    /** True when the whole page is already on screen (Today's copy from the last start): nothing waits. */
    alreadyPainted = false,
  ) {
    host.addController(this);
    if (alreadyPainted) this.painted = this.settled = true;
  }

  hostUpdated() {
    if (!this.settled && !this.painted && this.firstScreen() === 'other') this.settle();
  }

  /** Today's card has rendered (the first time counts): its paint is marked in the next frame. */
  readonly cardRendered = () => {
    if (this.painted) return;
    this.painted = true;
    requestAnimationFrame(() => {
      performance.mark('today-card-painted');
      this.settle();
    });
  };

  private settle() {
    this.settled = true;
    this.host.requestUpdate();
  }
}
