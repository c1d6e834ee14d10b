/**
 * The two hand-over links: a technician's regimen (`#regimen=`) and a person's plan with the
 * regimen in use (`#plan=`, for a second device). Written as version 2 (packed, see codec.ts);
 * read in every version, then checked with the rules' own schemas, so a link holds nothing the
 * app would refuse from a file. A plan link carries the session dates and the final mark, never
 * notes, photos or check-ins; its regimen is null for the built-in one. Rules travel without their
 * `source` (see `adviceOnly`).
 */
import { msg, str } from '@lit/localize';
import * as v from 'valibot';
import {
  DEFAULT_REGIMEN,
  validatePlan,
  notLoadedSentence,
  validateRegimen,
  type Plan,
  type Regimen,
  type Validated,
} from '../rules/index.ts';
import { firstIssueText } from '../vocabulary/index.ts';
import { MAX_LINK_PAYLOAD, packJson, readLinkJson } from './codec.ts';

/** A link read and checked: what it would set. */
export type HandoverLink =
  | { readonly kind: 'regimen'; readonly regimen: Regimen }
  | {
      readonly kind: 'plan';
      readonly plan: Plan;
      /** The regimen in use on the other device; the built-in one when it was. */
      readonly regimen: Regimen;
    };

/** The JSON inside a plan link. */
interface PlanLinkJson {
  readonly plan: Plan;
  /** A technician's regimen, or null for the built-in one. */
  readonly regimen: Regimen | null;
}

const planEnvelope = v.strictObject({ plan: v.unknown(), regimen: v.unknown() }, () =>
  msg('expected the plan and the regimen, and nothing else'),
);

/** Only the dates and the final mark travel; notes stay on the device they were written on. */
export function sessionDatesOnly(plan: Plan): Plan {
  return { sessions: plan.sessions.map((s) => (s.final ? { date: s.date, final: true } : { date: s.date })) };
}

/** A refusal of the rules' validation, said as the journal's store says it ("The regimen was not loaded: …"). */
export function notLoaded(
  failure: { readonly error: string; readonly problem?: string },
  what: 'regimen' | 'plan',
): string {
  return failure.problem === undefined ? failure.error : notLoadedSentence(what, failure.problem);
}

/** Checks a regimen a link or file carries: the rules' own validation and sentences (look-alikes of the built-in are refused). */
export function checkRegimen(json: unknown): Validated<Regimen> {
  const checked = validateRegimen(json);
  return checked.ok ? checked : { ok: false, error: notLoaded(checked, 'regimen') };
}

/**
 * Reads a hand-over link (a hash, a URL or pasted text holding one) and checks what it carries;
 * the sentence saying why not when it cannot be used.
 */
export async function readHandoverLink(text: string): Promise<Validated<HandoverLink>> {
  const raw = await readLinkJson(text);
  if (!raw.ok) return raw;
  const { kind, json } = raw.value;
  if (kind === 'regimen') {
    const regimen = checkRegimen(json);
    return regimen.ok ? { ok: true, value: { kind, regimen: regimen.value } } : regimen;
  }
  const envelope = v.safeParse(planEnvelope, json);
  if (!envelope.success)
    return {
      ok: false,
      error: msg(
        str`This plan link is not valid: ${firstIssueText(envelope.issues, msg('invalid'))}. Nothing changed.`,
      ),
    };
  const plan = validatePlan(envelope.output.plan);
  if (!plan.ok) return { ok: false, error: notLoaded(plan, 'plan') };
  const regimen =
    envelope.output.regimen === null
      ? ({ ok: true, value: DEFAULT_REGIMEN } as const)
      : checkRegimen(envelope.output.regimen);
  if (!regimen.ok) return regimen;
  return { ok: true, value: { kind, plan: sessionDatesOnly(plan.value), regimen: regimen.value } };
}

/** The app's address without any hash (`https://host/path/`), which links start with. */
export function appAddress(href: string): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname}`;
}

async function linkOf(appUrl: string, kind: 'regimen' | 'plan', json: unknown): Promise<Validated<string>> {
  const payload = await packJson(json);
  const length = payload.length;
  if (length > MAX_LINK_PAYLOAD)
    return {
      ok: false,
      error:
        kind === 'regimen'
          ? msg(
              str`This regimen makes a link of ${length} characters, more than one QR code holds (${MAX_LINK_PAYLOAD}): shorten some texts or remove a rule, or hand over the JSON file instead.`,
            )
          : msg(
              str`This plan makes a link of ${length} characters, more than one QR code holds (${MAX_LINK_PAYLOAD}): remove a few sessions.`,
            ),
    };
  return { ok: true, value: `${appAddress(appUrl)}#${kind}=${payload}` };
}

/**
 * The regimen as links carry it: the advice without where each rule comes from (`source` is not
 * shown anywhere and is a third of a regimen's size), so a plan with a studio's regimen still fits
 * one QR code.
 */
export function adviceOnly(regimen: Regimen): Regimen {
  return { ...regimen, rules: regimen.rules.map(({ source: _source, ...rule }) => rule) };
}

/** The link that hands `regimen` to a client (the app's address + `#regimen=`), or why it cannot be one. */
export function regimenLink(appUrl: string, regimen: Regimen): Promise<Validated<string>> {
  return linkOf(appUrl, 'regimen', adviceOnly(regimen));
}

/** The link that carries `plan` (dates and final mark) and the regimen in use to another device. */
export function planLink(appUrl: string, plan: Plan, regimen: Regimen): Promise<Validated<string>> {
  const json: PlanLinkJson = {
    plan: sessionDatesOnly(plan),
    regimen: regimen.id === DEFAULT_REGIMEN.id ? null : adviceOnly(regimen),
  };
  return linkOf(appUrl, 'plan', json);
}
