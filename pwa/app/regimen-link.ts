/** Reads a technician's regimen from a `#regimen=<base64url JSON>` link (checked later by the store). */
import type { JournalState } from './journal-state.ts';

/** What a link holds: the regimen's JSON, or the sentence saying why it cannot be read. */
export type RegimenLink = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * The longest regimen link read, in characters: a regimen of 100 rules at their longest texts is
 * under 200 KB as a link; anything longer is not one, and is refused before it is decoded.
 */
export const MAX_REGIMEN_LINK_CHARS = 256 * 1024;

/** The link's JSON, a sentence when it is broken, or null when the hash is not a regimen link. */
export function readRegimenLink(hash: string): RegimenLink | null {
  if (!hash.startsWith('#regimen=')) return null;
  if (hash.length > MAX_REGIMEN_LINK_CHARS)
    return {
      ok: false,
      error: `This regimen link is ${Math.round(hash.length / 1024)} KB long, more than a regimen link can be (${MAX_REGIMEN_LINK_CHARS / 1024} KB), so nothing changed.`,
    };
  const match = /^#regimen=([A-Za-z0-9_-]+={0,2})$/.exec(hash);
  if (!match?.[1])
    return { ok: false, error: 'This regimen link is damaged (it is not base64url), so nothing changed.' };
  try {
    const text = new TextDecoder().decode(
      Uint8Array.from(atob(match[1].replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)),
    );
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, error: 'This regimen link is damaged (it does not hold a regimen), so nothing changed.' };
  }
}

/** Puts a link's regimen in use (the store checks it first); the sentence saying what happened. */
export async function takeRegimenLink(link: RegimenLink, journal: JournalState): Promise<string> {
  if (!link.ok) return link.error;
  const outcome = await journal.write((store) => store.saveRegimen(link.value));
  return outcome.ok ? `Now using “${journal.regimen.name}”.` : outcome.error;
}
