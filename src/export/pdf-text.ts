/**
 * Text for the PDF's standard fonts (Helvetica), which can draw only the Windows-1252 characters:
 * anything else would come out as garbage. Letters with accents outside that set lose the accent
 * (ł → l, ő → o), a few symbols get an ASCII spelling (≥ → >=), and what is left (other scripts,
 * emoji) becomes "?", so the report never crashes and never shows garbage; callers can say so.
 */

// The characters Windows-1252 adds in 0x80–0x9F, which Helvetica draws too.
const CP1252_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

const SPELLED: Readonly<Record<string, string>> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
  ŀ: 'l',
  Ŀ: 'L',
  '≥': '>=',
  '≤': '<=',
  '≠': '!=',
  '→': '->',
  '←': '<-',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '′': "'",
  '″': '"',
  '✓': 'v',
  '✔': 'v',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u2007': ' ',
  '\u200a': ' ',
};

/** Characters that carry nothing visible: joiners, variation selectors, a byte-order mark. */
function isInvisible(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x200b && code <= 0x200d) || code === 0x2060 || (code >= 0xfe00 && code <= 0xfe0f) || code === 0xfeff;
}

/** True when Helvetica (WinAnsiEncoding) can draw `char` as it is (exported for the tests' check of the output). */
export function isPdfDrawable(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || CP1252_EXTRAS.has(char);
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** One character as the person sees it (an emoji with its skin tone, a letter with its accents), made drawable. */
function drawable(grapheme: string): string | null {
  if ([...grapheme].every(isPdfDrawable)) return grapheme;
  if (grapheme === '\n' || grapheme === '\r\n') return '\n';
  if (grapheme === '\t') return ' ';
  if (grapheme === '\r') return '';
  const spelled = SPELLED[grapheme];
  if (spelled !== undefined) return spelled;
  // An accented letter outside the set keeps its base letter: "ő" → "o"; invisible marks go.
  const base = [...grapheme.normalize('NFD')].filter((char) => !isInvisible(char) && !/\p{M}/u.test(char)).join('');
  if ([...base].every(isPdfDrawable)) return base;
  return SPELLED[base] ?? null;
}

/** `text` made drawable by the standard fonts, and whether anything had to become "?". */
export function toPdfText(text: string): { text: string; replaced: boolean } {
  let out = '';
  let replaced = false;
  // Composed first, so "e" + combining acute stays one drawable "é".
  for (const { segment } of graphemes.segment(text.normalize('NFC'))) {
    const made = drawable(segment);
    if (made === null) {
      out += '?';
      replaced = true;
    } else out += made;
  }
  return { text: out, replaced };
}
