// Reading lit-localize's XLIFF files (src/i18n/xliff/*.xlf), shared by the scripts that make the
// extension's _locales and the pseudo-locale, and by the catalogue's test.

/** XML text with its five escapes undone. */
export const unescapeXml = (text) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The trans-units of an XLIFF file's text, in order: id, source, and target (null when not written), as XML. */
export function xliffUnits(xml) {
  const found = [];
  for (const [, id, body] of xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    const part = (tag) => body.match(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`))?.[1] ?? null;
    found.push({ id, source: part('source') ?? '', target: part('target') });
  }
  return found;
}
