/** Notices when the calendar day changes under an open app: at local midnight, and when the page is shown again. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msUntilNextLocalMidnight } from '../../src/calendar/local-date.ts';

/**
 * Calls `check` at each local midnight and whenever the page becomes visible again (a phone may
 * sleep through midnight, and timers sleep with it); `check` decides whether the day changed.
 */
export class DayChangeController implements ReactiveController {
  private timer = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly check: () => void,
  ) {
    host.addController(this);
  }

  hostConnected() {
    document.addEventListener('visibilitychange', this.check);
    this.scheduleMidnight();
  }

  hostDisconnected() {
    document.removeEventListener('visibilitychange', this.check);
    clearTimeout(this.timer);
  }

  private scheduleMidnight() {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.check();
      this.scheduleMidnight();
    }, msUntilNextLocalMidnight(new Date()));
  }
}
