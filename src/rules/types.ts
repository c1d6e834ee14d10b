/** A local calendar date written `YYYY-MM-DD`; never an instant. */
export type IsoDate = string & { readonly __brand: 'IsoDate' };

/** One treatment session of the plan. */
export interface Session {
  /** The session's local calendar date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Marks the last session of the treatment; anchors the long-running rules. */
  readonly final?: boolean;
  /** A free note (the clinic, the technician). Ignored by the rules. */
  readonly note?: string;
}

/** The treatment plan: sessions in any order, past and planned. */
export interface Plan {
  readonly sessions: readonly Session[];
}

/** Whether a rule is something to avoid or something to do. */
export type RuleKind = 'avoid' | 'do';

/** Which session a rule counts from. */
export type RuleAnchor = 'each-session' | 'final-session';

/**
 * When a rule is in force, in day numbers counted from its anchor session (day 1 = the session).
 * Ends either on a day number (`toDay`, inclusive; `null` = never lifts) or on a calendar anniversary
 * (`toYears`: lifted on that anniversary, so leap days count).
 */
export type RuleWindow =
  | { readonly anchor: RuleAnchor; readonly fromDay: number; readonly toDay: number | null }
  | { readonly anchor: RuleAnchor; readonly fromDay: number; readonly toYears: number };

/** Where in the clinic's aftercare text a rule comes from. */
export interface SourcePointer {
  /** The heading of the passage in the source text. */
  readonly section: string;
  /** A short verbatim phrase of that passage, so the rule can be traced back. */
  readonly quote: string;
}

/** One aftercare rule: data, not code. */
export interface Rule {
  /** Stable id; part of the public API (badge, sync, exports refer to it). */
  readonly id: string;
  readonly kind: RuleKind;
  readonly window: RuleWindow;
  /** Short imperative, shown in lists: "Keep your scalp dry". */
  readonly title: string;
  /** One or two plain sentences saying what exactly and why. */
  readonly text: string;
  /**
   * The change a person looks forward to, shown as a countdown and a milestone:
   * for `avoid` rules what becomes allowed when it lifts ("Washing your head allowed"),
   * for `do` rules that start after day 1 what starts ("Gentle cold-water washing").
   */
  readonly milestone?: string;
  /** For `do` rules done several times a day (moisturise: 3); the app offers that many ticks. */
  readonly timesPerDay?: number;
  /**
   * Where the rule comes from: every built-in rule has one; a studio's own regimen may leave it out
   * (the studio is the source; the regimen builder writes none, which also keeps links short).
   */
  readonly source?: SourcePointer;
}

/** Day numbers where the overall level changes (each inclusive upper bound). */
export interface LevelBounds {
  readonly strictUntilDay: number;
  readonly cautionUntilDay: number;
  readonly limitedUntilDay: number;
}

/** A complete aftercare regimen: the default one, or a technician's own. */
export interface Regimen {
  /** Version of the regimen format, for files and links that carry one. */
  readonly format: 1;
  /** Stable id of this regimen ("default" for the built-in one). */
  readonly id: string;
  /** Whose regimen this is, shown on the card ("Built-in aftercare", "Studio X"). */
  readonly name: string;
  readonly levels: LevelBounds;
  readonly rules: readonly Rule[];
}

/** The overall level of a day. */
export type Level = 'none' | 'strict' | 'caution' | 'limited' | 'clear';

/** A rule in force on the day asked about. */
export interface ActiveRule {
  readonly id: string;
  readonly kind: RuleKind;
  /** The rule's short title. */
  readonly title: string;
  /** The rule's plain-language text. */
  readonly text: string;
  /** Last date the rule is in force (planned sessions included), `null` when open-ended. */
  readonly until: IsoDate | null;
  /** First date of the current run of days the rule is in force ("from …"). */
  readonly since: IsoDate;
  /** How many times a day a `do` rule asks for (1 unless the regimen says more). */
  readonly timesPerDay: number;
  /** Set when the rule counts from the latest session because none is marked final. */
  readonly note?: string;
}

/** What the toolbar badge shows. */
export interface Badge {
  /** At most 4 characters: the day number ("999+" beyond), "!" for an open flag, empty with no session. Never a tick. */
  readonly text: string;
  /** One line: what matters most today. */
  readonly title: string;
  /** A CSS hex colour that differs by level. */
  readonly color: string;
}

/** The next change after the day asked about, for a countdown. */
export interface NextChange {
  readonly date: IsoDate;
  /** Calendar days from the day asked about (1 = tomorrow). */
  readonly inDays: number;
  readonly ruleId: string | null;
  readonly message: string;
}

/** Everything the app, the popup and the badge need to know about one day. */
export interface Status {
  readonly date: IsoDate;
  /** Day number counted from the latest session on or before `date`, or null. */
  readonly day: number | null;
  readonly level: Level;
  /** The session the day counts from. */
  readonly sessionDate: IsoDate | null;
  readonly active: readonly ActiveRule[];
  /** First session after `date`. */
  readonly nextSession: IsoDate | null;
  /** All sessions after `date`, in order. */
  readonly upcomingSessions: readonly IsoDate[];
  readonly nextChange: NextChange | null;
  readonly badge: Badge;
}

/** How serious a symptom flag is. */
export type FlagLevel = 'info' | 'watch' | 'urgent';

/** The levels of flag that stay open on Today, the card and the badge until a later check-in no longer raises them. */
export type OpenFlagLevel = Exclude<FlagLevel, 'info'>;
/**
 * How soon an open flag's advice asks the person to act, mildest first: `contact` (the technician
 * or a doctor), `today` (a doctor today), `now` (medical help now). A heading carries the strongest.
 */
export type Advice = 'contact' | 'today' | 'now';

/** A daily symptom check-in, as the rules read it. */
export interface CheckIn {
  readonly swelling: 'none' | 'mild' | 'moderate' | 'severe';
  readonly temperatureC?: number;
  readonly feverish?: boolean;
  readonly redness?: 'none' | 'at-site' | 'spreading';
  readonly pain?: 'none' | 'mild' | 'increasing' | 'severe';
  readonly discharge?: boolean;
  readonly warmth?: boolean;
}

/** One flag raised by a check-in: never a diagnosis, always with what to do. */
export interface SymptomFlag {
  readonly level: FlagLevel;
  /** Stable code, e.g. `fever-with-site-signs`. */
  readonly code: string;
  readonly message: string;
}

/** A dated change in the plan: a session, a rule that lifts, a rule that starts. */
export interface Milestone {
  readonly date: IsoDate;
  /** Day number of `date`, counted from `sessionDate`. */
  readonly day: number;
  readonly sessionDate: IsoDate;
  readonly type: 'session' | 'allowed' | 'starts';
  readonly ruleId: string | null;
  /** Short label for calendars and notifications: "Day 6: gentle cold-water washing". */
  readonly summary: string;
  /** Full sentence: "From 2026-03-06 you may …". */
  readonly message: string;
}
