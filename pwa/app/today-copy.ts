/**
 * A copy of Today as it was last drawn, kept in localStorage so the next start shows it at once,
 * before the app's code has arrived: pwa/index.html's second script puts it on the page (inert,
 * in a shadow root of its own) when it is still true, and the app's first render takes its place.
 * An engine serves each script through the service worker 50–100 ms after the page itself (Firefox,
 * WebKit), so this is the only way the card can paint with the page.
 *
 * "Still true" means all of: written for today's date, by this build of the app (the entry
 * script's address, which changes with every build), in the language in use, and from the same
 * start-up copy of the journal (start-snapshot.ts; rewritten after every read, so a change made on
 * another screen or in another tab no longer matches). Every write through the journal forgets it
 * too. The copy is HTML with declarative shadow roots; custom elements are renamed (`-copy`) so
 * they never come to life, scripts and comments are left out, and photos (blob: addresses, gone at
 * the next start) lose their address.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { START_SNAPSHOT_KEY } from '../../src/journal/start-snapshot.ts';
import { LANGUAGE_KEY } from './language.ts';

/** The localStorage key of the copy (also in pwa/index.html's second script). */
export const TODAY_COPY_KEY = 'smp-aftercare-today-copy';

/** A copy larger than this is not kept (Today is about 40 KB). */
const MAX_CHARACTERS = 200_000;

/** What is kept: the HTML of the app's shadow root, and what decides whether it is still true. */
export interface TodayCopy {
  readonly html: string;
  readonly date: string;
  readonly build: string;
  /** The page's `lang`, which the copy sets again. */
  readonly lang: string;
  /** The language chosen in Settings as kept for start-up (language.ts), null for the browser's. */
  readonly language: string | null;
  readonly snapshot: string;
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

const text = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** `element`'s attributes as HTML, with the state a form control holds as a property written out. */
function attributesOf(element: Element): string {
  const pairs = [...element.attributes]
    .filter((a) => !(element.localName === 'img' && a.name === 'src' && a.value.startsWith('blob:')))
    .filter((a) => !(element instanceof HTMLInputElement && (a.name === 'checked' || a.name === 'value')))
    .map((a): [string, string] => [a.name, a.value]);
  if (element instanceof HTMLInputElement) {
    if (element.checked) pairs.push(['checked', '']);
    if (element.value && element.type !== 'checkbox' && element.type !== 'radio') pairs.push(['value', element.value]);
  }
  return pairs.map(([name, value]) => ` ${name}="${attribute(value)}"`).join('');
}

/** The style sheets a shadow root uses (Lit adopts them), as one `<style>`. */
function stylesOf(root: ShadowRoot): string {
  const rules = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
  return rules.length > 0 ? `<style>${rules.join('\n')}</style>` : '';
}

function serializeNode(node: Node): string {
  // A style element's text is CSS, not markup: kept as it is (`a > b` must stay a selector).
  if (node instanceof Text) return node.parentElement?.localName === 'style' ? node.data : text(node.data);
  if (!(node instanceof Element) || node.localName === 'script' || node.localName === 'template') return '';
  const tag = node.localName.includes('-') ? `${node.localName}-copy` : node.localName;
  const inner = node.shadowRoot ? `<template shadowrootmode="open">${serializeShadow(node.shadowRoot)}</template>` : '';
  if (VOID.has(tag)) return `<${tag}${attributesOf(node)}>`;
  const children = [...node.childNodes].map(serializeNode).join('');
  return `<${tag}${attributesOf(node)}>${inner}${children}</${tag}>`;
}

/** The HTML of `root`'s content, with its styles and its elements' shadow roots (declarative). */
export function serializeShadow(root: ShadowRoot): string {
  return stylesOf(root) + [...root.childNodes].map(serializeNode).join('');
}

/** The build the page runs: its entry script's address (pwa/index.html's second script reads the same). */
export function buildOfPage(): string {
  return document.querySelector<HTMLScriptElement>('head script[type="module"][src]')?.src ?? '';
}

/** Keeps a copy of `app`'s shadow root as Today of `date`; a full or blocked localStorage only means no copy. */
export function saveTodayCopy(app: Element, date: string, build = buildOfPage()): void {
  try {
    const snapshot = localStorage.getItem(START_SNAPSHOT_KEY);
    if (!app.shadowRoot || !build || snapshot === null) return;
    const html = serializeShadow(app.shadowRoot);
    if (html.length > MAX_CHARACTERS) return clearTodayCopy();
    const language = localStorage.getItem(LANGUAGE_KEY);
    const copy: TodayCopy = { html, date, build, lang: document.documentElement.lang, language, snapshot };
    localStorage.setItem(TODAY_COPY_KEY, JSON.stringify(copy));
  } catch (error) {
    // The copy only speeds up the next start; without it the app starts as it always did.
    clearTodayCopy();
    console.warn('Today could not be kept for the next start:', error);
  }
}

/** Forgets the copy (something Today shows has changed). */
export function clearTodayCopy(): void {
  try {
    localStorage.removeItem(TODAY_COPY_KEY);
  } catch {
    // Storage blocked: there is no copy either.
  }
}

/** The copy pwa/index.html put on this page, if it did. */
const shownCopy = (app: Element): Element | null => app.querySelector(':scope > .today-copy');

/** Whether pwa/index.html put a copy on this page. */
export const copyShown = (app: Element): boolean => shownCopy(app) !== null;

/** Takes the copy off the page once the app has drawn its own (no text twice for tests or readers). */
export function removeShownCopy(app: Element): void {
  shownCopy(app)?.remove();
}

/**
 * Keeps the copy in step with the app: a second after each render of plain Today (`shows()` true:
 * the journal read, the page settled, no banner), the copy is taken again.
 */
export class TodayCopyController implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly shows: () => string | null,
  ) {
    host.addController(this);
  }

  hostUpdated() {
    clearTimeout(this.timer);
    if (this.shows() === null) return;
    this.timer = setTimeout(() => {
      const date = this.shows();
      if (date !== null) saveTodayCopy(this.host, date);
    }, 1000);
  }

  hostDisconnected() {
    clearTimeout(this.timer);
  }
}
