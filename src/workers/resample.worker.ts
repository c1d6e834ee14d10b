/// <reference lib="webworker" />
// Resamples one photo off the main thread: decode with the EXIF rotation applied (the one decode a
// photo costs), check its size, draw it smaller and encode a new JPEG from the pixels, so no
// metadata of the original survives. The bytes are transferred, not copied. With `maxEdge: 0` it
// only proves the photo decodes (a restore's check), as cheaply as the browser allows. A HEIC/HEIF
// photo, which browsers other than Safari cannot decode, is decoded by libheif (heif.ts, loaded
// with the first one), upright by its own `irot`/`imir`, and goes on from its pixels as any other.
import { decodeHeif } from './heif.ts';
import { isHeifType, sniffImageType } from './image-type.ts';
import type { ResampleReply, ResampleRequest } from './resample.ts';

declare const self: DedicatedWorkerGlobalScope;

/** WebCodecs' ImageDecoder, as far as it is used here (not in TypeScript's DOM types; Chromium and Firefox have it). */
interface ScaledImageDecoder {
  decode(): Promise<{ image: { close(): void } }>;
  close(): void;
}
type ImageDecoderClass = new (init: {
  data: ReadableStream<Uint8Array>;
  type: string;
  desiredWidth: number;
  desiredHeight: number;
}) => ScaledImageDecoder;

/**
 * Whether a JPEG of known size decodes, through ImageDecoder at an eighth of its size (libjpeg scales
 * in the inverse DCT, so every byte is still read and entropy-decoded, and a damaged or cut file fails
 * as in a full decode, for about a third of the work); null where there is no ImageDecoder.
 */
async function decodesScaled(file: Blob, width: number, height: number): Promise<boolean | null> {
  const Decoder = (self as unknown as { ImageDecoder?: ImageDecoderClass }).ImageDecoder;
  if (!Decoder) return null;
  let decoder: ScaledImageDecoder | undefined;
  try {
    decoder = new Decoder({
      data: file.stream(),
      type: 'image/jpeg',
      desiredWidth: Math.ceil(width / 8),
      desiredHeight: Math.ceil(height / 8),
    });
    (await decoder.decode()).image.close();
    return true;
  } catch {
    return false;
  } finally {
    decoder?.close();
  }
}

self.addEventListener('message', async (event: MessageEvent<ResampleRequest>) => {
  const { file, maxEdge, quality, maxPixels, headerSize } = event.data;
  if (maxEdge === 0 && headerSize && file.type === 'image/jpeg') {
    const decodes = await decodesScaled(file, headerSize.width, headerSize.height);
    if (decodes !== null) {
      const { width, height } = headerSize;
      if (!decodes) reply({ ok: false, reason: 'damaged' });
      else if (width * height > maxPixels) reply({ ok: false, reason: 'too-large', width, height });
      else reply({ ok: true, sourceWidth: width, sourceHeight: height, width: 0, height: 0, jpeg: new ArrayBuffer(0) });
      return;
    }
  }
  let bitmap: ImageBitmap | undefined;
  try {
    const type = sniffImageType(new Uint8Array(await file.slice(0, 512).arrayBuffer()));
    if (type !== null && isHeifType(type)) {
      const heif = await heifPixels(file, maxPixels);
      if (!(heif instanceof ImageData)) {
        reply(heif);
        return;
      }
      bitmap = await createImageBitmap(heif);
    } else bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    reply({ ok: false, reason: 'damaged' });
    return;
  }
  try {
    const { width: sourceWidth, height: sourceHeight } = bitmap;
    if (sourceWidth * sourceHeight > maxPixels) {
      reply({ ok: false, reason: 'too-large', width: sourceWidth, height: sourceHeight });
      return;
    }
    if (maxEdge === 0) {
      reply({ ok: true, sourceWidth, sourceHeight, width: 0, height: 0, jpeg: new ArrayBuffer(0) });
      return;
    }
    const scale = Math.min(1, maxEdge / Math.max(sourceWidth, sourceHeight));
    const width = Math.max(1, Math.round(sourceWidth * scale));
    const height = Math.max(1, Math.round(sourceHeight * scale));
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, width, height);
    // The full-size pixels are no longer needed: free them before encoding.
    bitmap.close();
    bitmap = undefined;
    const jpeg = await (await canvas.convertToBlob({ type: 'image/jpeg', quality })).arrayBuffer();
    reply({ ok: true, sourceWidth, sourceHeight, width, height, jpeg }, [jpeg]);
  } catch {
    reply({ ok: false, reason: 'damaged' });
  } finally {
    bitmap?.close();
  }
});

/** A HEIC's upright pixels, or the reply that says why not (its decoder could not be loaded: `no-decoder`). */
async function heifPixels(file: Blob, maxPixels: number): Promise<ImageData | ResampleReply> {
  const result = await decodeHeif(file, maxPixels).catch((error: unknown) => {
    // libheif's chunk did not load (e.g. offline before it was cached) or its wasm did not start.
    console.warn('The HEIC decoder could not be loaded:', error);
    return { ok: false, reason: 'no-decoder' } as const;
  });
  return result.ok ? result.image : result;
}

function reply(message: ResampleReply, transfer: Transferable[] = []): void {
  self.postMessage(message, transfer);
}
