/**
 * Checking a stored (uncompressed) entry's bytes against its CRC-32 with the browser's own zlib:
 * the bytes are framed as a gzip stream of stored deflate blocks with the expected CRC-32 and size
 * in its trailer, and `DecompressionStream` refuses the stream when they do not match. zlib's
 * CRC-32 runs natively, and the stream needs no copy into JavaScript per chunk, so a backup's
 * photos are checked in about a third of the time zip.js's own reading takes (the restore's
 * bench). Where the browser has no `DecompressionStream`, or its decoder is found not to check
 * (a probe, once per page), the caller reads the entry through zip.js instead.
 */

/** The most bytes a stored deflate block holds. */
const BLOCK = 0xffff;
const GZIP_HEADER = new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);

/** `bytes` as a gzip stream of stored blocks ending in `crc32` and the size. */
function gzipFramed(bytes: Blob, crc32: number): ReadableStream<BufferSource> {
  let left = bytes.size;
  const block = (part: Uint8Array, last: boolean) =>
    new Uint8Array([
      last ? 1 : 0,
      part.length & 0xff,
      part.length >> 8,
      ~part.length & 0xff,
      (~part.length >> 8) & 0xff,
    ]);
  const trailer = new Uint8Array(8);
  const view = new DataView(trailer.buffer);
  view.setUint32(0, crc32 >>> 0, true);
  view.setUint32(4, bytes.size >>> 0, true);
  return bytes.stream().pipeThrough(
    new TransformStream<Uint8Array<ArrayBuffer>, BufferSource>({
      start(controller) {
        controller.enqueue(GZIP_HEADER);
      },
      transform(chunk, controller) {
        for (let at = 0; at < chunk.length; at += BLOCK) {
          const part = chunk.subarray(at, at + BLOCK);
          left -= part.length;
          controller.enqueue(block(part, left <= 0));
          controller.enqueue(part);
        }
      },
      flush(controller) {
        if (bytes.size === 0) controller.enqueue(block(new Uint8Array(), true));
        controller.enqueue(trailer);
      },
    }),
  );
}

/** Whether the gzip stream of `bytes` ending in `crc32` decodes to its end. */
async function decodesWhole(bytes: Blob, crc32: number): Promise<boolean> {
  try {
    const reader = gzipFramed(bytes, crc32).pipeThrough(new DecompressionStream('gzip')).getReader();
    while (!(await reader.read()).done);
    return true;
  } catch {
    return false;
  }
}

let checks: Promise<boolean> | undefined;

/** Whether this browser's gzip decoder refuses a wrong CRC-32 and takes the right one (found once per page). */
function nativeChecksChecksums(): Promise<boolean> {
  checks ??= (async () => {
    if (typeof DecompressionStream !== 'function') return false;
    const sample = new Blob(['checksum']); // its CRC-32 is 0xde6fdf9a
    return (await decodesWhole(sample, 0xde6fdf9a)) && !(await decodesWhole(sample, 0xde6fdf9b));
  })();
  return checks;
}

/**
 * Whether `bytes` match the CRC-32 `crc32`, checked natively; null when this browser cannot (then
 * check them another way).
 */
export async function matchesChecksum(bytes: Blob, crc32: number): Promise<boolean | null> {
  if (!(await nativeChecksChecksums())) return null;
  return decodesWhole(bytes, crc32);
}
