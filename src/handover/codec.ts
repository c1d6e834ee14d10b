/**
 * The bytes of a hand-over link: what follows `#regimen=` or `#plan=`. Version 2 (`2.<data>`) is
 * base64url of the JSON packed with deflate-raw (the browsers' own CompressionStream), so a whole
 * regimen fits one QR code; version 1 (regimen links only, no prefix) is base64url of the JSON as
 * it is. Everything here treats the text as untrusted: its size, its alphabet, its version, how
 * much it unpacks to, and every failure ends in a sentence a person can act on. Nothing of the DOM.
 */
import { msg, str } from '@lit/localize';
import { hasHiddenCharacters, type Validated } from '../rules/index.ts';

/** The link format this code writes (and the newest it reads). */
export const LINK_VERSION = 2;

/**
 * Longest packed link payload (the characters after `#plan=` or `#regimen=`), written or read: with
 * an app address of up to 150 characters the whole link fits one QR code (2,953 characters at the
 * lowest error correction, version 40).
 */
export const MAX_LINK_PAYLOAD = 2800;

/** Longest version-1 regimen link payload read (unpacked JSON; those links never went into a QR code). */
export const MAX_LEGACY_PAYLOAD = 16_000;

/** Most bytes a link may unpack to: far above any real plan or regimen, far below a memory problem. */
export const MAX_UNPACKED_BYTES = 64 * 1024;

/** What a link carries: a technician's regimen, or a plan (with the regimen in use). */
export type LinkKind = 'regimen' | 'plan';

/** A link's JSON, read but not yet checked against the plan or regimen schema. */
export interface RawLink {
  readonly kind: LinkKind;
  readonly version: 1 | 2;
  readonly json: unknown;
}

/** A link's kind in words, in the active language ("regimen link"). */
const kindWords = (kind: LinkKind) => (kind === 'plan' ? msg('plan link') : msg('regimen link'));
const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** Bytes as base64url without padding (nothing in it that a URL or a chat app changes). */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url (padding optional) as bytes; null when it is not base64url or was cut mid-character. */
export function fromBase64Url(text: string): Uint8Array | null {
  const bare = text.replace(/={1,2}$/, '');
  if (!BASE64URL.test(bare) || bare.length % 4 === 1) return null;
  const binary = atob(bare.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Whether this browser can pack and unpack version-2 links. */
export function canPackLinks(): boolean {
  return typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';
}

/** `json` as a version-2 payload: `2.` + base64url of the deflate-raw bytes. */
export async function packJson(json: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(json));
  const packed = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return `${LINK_VERSION}.${toBase64Url(new Uint8Array(await new Response(packed).arrayBuffer()))}`;
}

/** The link's payload in text that may hold more (a whole URL, a pasted message); null when none. */
function findPayload(text: string): { kind: LinkKind; payload: string } | null {
  // The link runs to the next space or bracket or quote around it in a message.
  const match = /#(regimen|plan)=([^\s"'<>()[\]{}]*)/.exec(text);
  if (!match) return null;
  // Punctuation right after a link in a sentence is not part of it (but the full stop of an empty `2.` is).
  const payload = match[2] ?? '';
  const trimmed = payload.replace(/[.,;:!?]+$/, '');
  return { kind: match[1] as LinkKind, payload: /^\d+$/.test(trimmed) ? payload : trimmed };
}

type Unpacked = { ok: true; bytes: Uint8Array } | { ok: false; error: 'damaged' | 'too-big' };

/** Unpacks deflate-raw bytes, giving up past `MAX_UNPACKED_BYTES` (a small link must not unpack to gigabytes). */
async function unpack(bytes: Uint8Array): Promise<Unpacked> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_UNPACKED_BYTES) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, error: 'too-big' };
      }
      chunks.push(value);
    }
  } catch {
    // A cut or altered stream: the engine's own message says nothing to a person.
    return { ok: false, error: 'damaged' };
  }
  const joined = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes: joined };
}

/**
 * Reads a hand-over link from a location hash, a URL or pasted text: its kind, version and JSON,
 * or one sentence saying why not (nothing is checked against the plan or regimen schema here).
 */
export async function readLinkJson(input: string): Promise<Validated<RawLink>> {
  const refuse = (error: string): Validated<RawLink> => ({ ok: false, error });
  // Line breaks that mail and chat apps put into long links are not part of them.
  const text = input.replace(/[ \t]*[\r\n]+[ \t]*/g, '');
  if (text.length > MAX_LEGACY_PAYLOAD + 2000)
    return refuse(
      msg(str`This text is too long to be a link of this app (${text.length} characters), so it was not read.`),
    );
  if (hasHiddenCharacters(text))
    return refuse(
      msg(
        'This link holds hidden characters (such as zero-width spaces or direction marks), so it was not read. Copy it again from the message it came in.',
      ),
    );
  const found = findPayload(text);
  if (!found) return refuse(msg('This is not a link of this app: it has no “#plan=” or “#regimen=” part.'));
  const { kind, payload } = found;
  const what = kindWords(kind);
  const versioned = /^(\d+)\.(.*)$/.exec(payload);
  const version = versioned ? Number(versioned[1]) : 1;
  if (version > LINK_VERSION)
    return refuse(
      msg(
        str`This ${what} was made by a newer version of the app (link version ${version}): update the app to open it.`,
      ),
    );
  if (version !== 1 && version !== LINK_VERSION)
    return refuse(msg(str`This ${what} is damaged (its version is unknown), so it was not read.`));
  if (version === 1 && kind === 'plan')
    return refuse(msg('This plan link is damaged (it has no version), so it was not read.'));
  const data = versioned ? (versioned[2] ?? '') : payload;
  if (data === '') return refuse(msg(str`This ${what} is empty: copy the whole link again.`));
  const limit = version === 1 ? MAX_LEGACY_PAYLOAD : MAX_LINK_PAYLOAD;
  if (data.length > limit)
    return refuse(
      msg(str`This ${what} is too long (${data.length} characters; at most ${limit}), so it was not read.`),
    );
  const bytes = fromBase64Url(data);
  if (!bytes)
    return refuse(
      /^[A-Za-z0-9_=-]*$/.test(data)
        ? msg(str`This ${what} is incomplete (it was cut off): copy the whole link again.`)
        : msg(str`This ${what} is damaged (it holds characters a link of this app never has), so it was not read.`),
    );
  let json = bytes;
  if (version === LINK_VERSION) {
    if (!canPackLinks())
      return refuse(msg('This browser is too old to open this link: update it and open the link again.'));
    const unpacked = await unpack(bytes);
    if (!unpacked.ok)
      return refuse(
        unpacked.error === 'too-big'
          ? msg(
              str`This ${what} unpacks to more than ${MAX_UNPACKED_BYTES / 1024} KB, far more than any plan or regimen, so it was not read.`,
            )
          : msg(str`This ${what} is incomplete or damaged (it could not be unpacked): copy the whole link again.`),
      );
    json = unpacked.bytes;
  }
  try {
    return {
      ok: true,
      value: { kind, version, json: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json)) },
    };
  } catch {
    return refuse(
      kind === 'plan'
        ? msg(str`This ${what} is damaged (it does not hold a plan), so it was not read.`)
        : msg(str`This ${what} is damaged (it does not hold a regimen), so it was not read.`),
    );
  }
}
