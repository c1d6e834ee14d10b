/**
 * What a link or file offers, held in memory until the person says yes or no on the confirmation
 * screen (never stored before that: closing the page drops it). One of each kind at a time.
 */
import type { Plan, Regimen } from '../../src/rules/index.ts';

/** A regimen offered by a technician's link or file, or by a plan link from another device. */
export interface PendingRegimen {
  readonly regimen: Regimen;
  /** Where to go once the person has chosen (Settings for a file, Today for a link). */
  readonly returnTo: string;
}

/** A plan from another device, with the regimen in use there. */
export interface PendingPlan {
  readonly plan: Plan;
  readonly regimen: Regimen;
}

let regimen: PendingRegimen | null = null;
let plan: PendingPlan | null = null;

/** The offered regimen and plan, and their setters (null clears). */
export const pending = {
  get regimen(): PendingRegimen | null {
    return regimen;
  },
  set regimen(value: PendingRegimen | null) {
    regimen = value;
  },
  get plan(): PendingPlan | null {
    return plan;
  },
  set plan(value: PendingPlan | null) {
    plan = value;
  },
};

/** Sent (bubbling, composed) by a screen for the app to show in its banner. */
export const APP_NOTICE = 'app-notice';

/** A notice event for the app's banner. */
export function appNotice(sentence: string): CustomEvent<{ sentence: string }> {
  return new CustomEvent(APP_NOTICE, { detail: { sentence }, bubbles: true, composed: true });
}
