/**
 * A regimen file (the builder's JSON download, a studio's file) read and checked with the rules'
 * own validation: Settings and the regimen builder open files the same way, with the same sentences.
 */
import { msg, str } from '@lit/localize';
import type { Regimen, Validated } from '../rules/index.ts';
import { shownName } from '../vocabulary/index.ts';
import { checkRegimen } from './links.ts';

/** The regimen `file` holds, or the sentence saying why it cannot be used (nothing is changed by reading). */
export async function readRegimenFile(file: File): Promise<Validated<Regimen>> {
  const name = shownName(file.name); // a name from outside: no hidden characters in the sentence
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, error: msg(str`“${name}” could not be read, so nothing changed.`) };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, error: msg(str`“${name}” is not a regimen file (it is not JSON), so nothing changed.`) };
  }
  return checkRegimen(parsed);
}
