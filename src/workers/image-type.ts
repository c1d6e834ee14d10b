/**
 * A picture's type from its first bytes (its name and claimed type can lie, its bytes cannot).
 * Shared by the import, the restore's check and the resample worker, so here and not in
 * src/journal (a worker imports nothing of the journal).
 */

/** The picture types the app knows by their bytes. */
export type SniffedImageType =
  'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif' | 'image/avif' | 'image/heic' | 'image/heif';

// ISO-BMFF brands of HEVC-coded HEIF (what iPhones write: `heic`, and its 10-bit, multi-layer and
// sequence kinds), and of HEIF in general (`mif1`, `msf1`), whose pictures may be HEVC or AV1.
const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis']);
const HEIF_BRANDS = new Set(['mif1', 'msf1']);
const AVIF_BRANDS = new Set(['avif', 'avis']);

/** The brands of an ISO-BMFF file's `ftyp` box, major first (empty when it has none). */
function ftypBrands(head: Uint8Array): string[] {
  const ascii = (from: number) => String.fromCharCode(...head.slice(from, from + 4));
  if (head.length < 12 || ascii(4) !== 'ftyp') return [];
  const size = new DataView(head.buffer, head.byteOffset, head.byteLength).getUint32(0);
  const end = Math.min(Math.max(size, 16), head.length);
  const brands = [ascii(8)];
  // Compatible brands follow the major brand and its 4-byte minor version.
  for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(at));
  return brands;
}

/** The image type from a file's first bytes (at least the first 64; a whole `ftyp` box is best), or null. */
export function sniffImageType(head: Uint8Array): SniffedImageType | null {
  const ascii = (from: number, to: number) => String.fromCharCode(...head.slice(from, to));
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (head[0] === 0x89 && ascii(1, 4) === 'PNG') return 'image/png';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  if (ascii(0, 3) === 'GIF') return 'image/gif';
  const [major, ...compatible] = ftypBrands(head);
  if (major === undefined) return null;
  if (AVIF_BRANDS.has(major)) return 'image/avif';
  if (HEIC_BRANDS.has(major)) return 'image/heic';
  if (HEIF_BRANDS.has(major)) {
    // A `mif1` file is an AVIF when it says so and not HEIC: the browser decodes those itself.
    if (compatible.some((brand) => HEIC_BRANDS.has(brand))) return 'image/heic';
    if (compatible.some((brand) => AVIF_BRANDS.has(brand))) return 'image/avif';
    return 'image/heif';
  }
  return null;
}

/** Whether a type is HEIC/HEIF, which browsers other than Safari cannot open, so the app decodes it itself (heif.ts). */
export function isHeifType(type: string): boolean {
  return type === 'image/heic' || type === 'image/heif';
}
