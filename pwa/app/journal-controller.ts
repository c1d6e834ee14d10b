/** How a screen follows the journal and writes to it. */
import { LitElement, type PropertyDeclarations, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Settings } from '../../src/journal/records.ts';
import type { JournalStore } from '../../src/journal/store.ts';
import type { JournalState, WriteOutcome } from './journal-state.ts';

/** An element showing the journal: the app, or a screen the app hands it to. */
type JournalHost = ReactiveControllerHost & { readonly journal: JournalState | null };

/**
 * A screen's link to the journal: it re-renders the screen after every change of the journal (a
 * reload, a new day, a write), and runs the screen's writes, keeping the last refusal's sentence in
 * `error` (for the screen to show) until the next write.
 */
export class JournalController implements ReactiveController {
  /** The last refused write's sentence, '' when there is none. */
  error = '';
  /** Whether that refusal was a newer save from another tab (the screen asks which to keep). */
  conflict = false;
  private watched: JournalState | null = null;
  private connected = false;
  private readonly onChange = () => this.host.requestUpdate();

  constructor(private readonly host: JournalHost) {
    host.addController(this);
  }

  hostConnected() {
    this.connected = true;
    this.watch(this.host.journal);
  }

  // A lazily loaded screen gets its journal at its first update, after it connected.
  hostUpdate() {
    if (this.connected) this.watch(this.host.journal);
  }

  hostDisconnected() {
    this.connected = false;
    this.watch(null);
  }

  /** Runs a write through the journal; whether it was saved (else `error` says why). */
  write(action: (store: JournalStore) => Promise<unknown>): Promise<boolean> {
    return this.run((journal) => journal.write(action));
  }

  /** Saves a change to the settings; whether it was saved (else `error` says why). */
  saveSettings(change: Partial<Settings>): Promise<boolean> {
    return this.run((journal) => journal.saveSettings(change));
  }

  private async run(write: (journal: JournalState) => Promise<WriteOutcome>): Promise<boolean> {
    const journal = this.host.journal;
    if (!journal) return false;
    this.showError('');
    const outcome = await write(journal);
    if (!outcome.ok) this.showError(outcome.error, outcome.conflict);
    return outcome.ok;
  }

  /** Shows a sentence as the screen's error ('' clears it); `conflict` when it was another tab's newer save. */
  showError(sentence: string, conflict = false): void {
    // Unchanged (a save starting with no error shown): no redraw, which would put the screen's
    // fields back to the stored values while the save is still on its way (a time just typed).
    if (sentence === this.error && conflict === this.conflict) return;
    this.error = sentence;
    this.conflict = conflict;
    this.host.requestUpdate();
  }

  private watch(journal: JournalState | null) {
    if (journal === this.watched) return;
    this.watched?.removeEventListener('change', this.onChange);
    this.watched = journal;
    journal?.addEventListener('change', this.onChange);
  }
}

/**
 * A screen the app hands the journal to: its `journal` property and its `link` to it (re-rendered
 * on every change, writes run through it). A screen declares only its own properties; Lit adds
 * this one's.
 */
export class JournalScreen extends LitElement {
  static override properties: PropertyDeclarations = {
    journal: { attribute: false },
  };

  journal: JournalState | null = null;
  protected readonly link = new JournalController(this);
}
