/// <reference lib="webworker" />
// Re-encodes one photo for a report off the main thread: decode with the EXIF rotation applied,
// scale down, encode a new JPEG from the pixels (so no metadata of the original survives).
import type { ReportPhotoReply, ReportPhotoRequest } from './report-photos.ts';

declare const self: DedicatedWorkerGlobalScope;

self.addEventListener('message', async (event: MessageEvent<ReportPhotoRequest>) => {
  const { id, original, maxEdge, quality } = event.data;
  let bitmap: ImageBitmap | undefined;
  try {
    bitmap = await createImageBitmap(original, { imageOrientation: 'from-image' });
    const scale = Math.min(1, maxEdge / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, width, height);
    bitmap.close();
    bitmap = undefined;
    const jpeg = await (await canvas.convertToBlob({ type: 'image/jpeg', quality })).arrayBuffer();
    const reply: ReportPhotoReply = { id, ok: true, jpeg, width, height };
    self.postMessage(reply, [jpeg]);
  } catch {
    const reply: ReportPhotoReply = { id, ok: false };
    self.postMessage(reply);
  } finally {
    bitmap?.close();
  }
});
