/// <reference lib="webworker" />
// Resamples one photo off the main thread: decode with the EXIF rotation applied (the one decode a
// photo costs), check its size, draw it smaller and encode a new JPEG from the pixels, so no
// metadata of the original survives. The bytes are transferred, not copied.
import type { ResampleReply, ResampleRequest } from './resample.ts';

declare const self: DedicatedWorkerGlobalScope;

self.addEventListener('message', async (event: MessageEvent<ResampleRequest>) => {
  const { file, maxEdge, quality, maxPixels } = event.data;
  let bitmap: ImageBitmap | undefined;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
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

function reply(message: ResampleReply, transfer: Transferable[] = []): void {
  self.postMessage(message, transfer);
}
