/// <reference lib="webworker" />
// Decodes a photo off the main thread (EXIF rotation applied), checks its size and makes the
// thumbnail, so a 20-photo import never freezes the page. One decode per photo: that is the cost.
import { MAX_PIXELS, THUMBNAIL_EDGE, type DecodeReply, type DecodeRequest } from './photo-decode.ts';

declare const self: DedicatedWorkerGlobalScope;

self.addEventListener('message', async (event: MessageEvent<DecodeRequest>) => {
  const { id, file } = event.data;
  let bitmap: ImageBitmap | undefined;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    reply({ id, ok: false, reason: 'damaged' });
    return;
  }
  try {
    const { width, height } = bitmap;
    if (width * height > MAX_PIXELS) {
      reply({ id, ok: false, reason: 'too-large', width, height });
      return;
    }
    const scale = Math.min(1, THUMBNAIL_EDGE / Math.max(width, height));
    const canvas = new OffscreenCanvas(Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale)));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const thumbnail = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
    reply({ id, ok: true, width, height, thumbnail });
  } catch {
    reply({ id, ok: false, reason: 'damaged' });
  } finally {
    bitmap?.close();
  }
});

function reply(message: DecodeReply): void {
  self.postMessage(message);
}
