/**
 * Decoding HEIC/HEIF pictures (iPhone photos) in the resample worker, with libheif compiled to
 * WebAssembly (libheif-js, its bundle with the wasm inside). Loaded by the worker the first time
 * such a photo comes, never by a page and never for a JPEG. libheif applies the file's own
 * rotation and mirroring (`irot`, `imir`) as it decodes; the EXIF orientation a HEIF may also
 * carry is informative only (the HEIF standard says so), so nothing else turns the picture.
 */

/** A picture's handle in libheif-js: its size (rotation applied) before it is decoded. */
interface HeifImageHandle {
  readonly handle: unknown;
  get_width(): number;
  get_height(): number;
  is_primary(): boolean;
  free(): void;
}

/** What libheif-js gives for a decoded picture (`heif_js_decode_image2`). */
interface HeifDecoded {
  readonly code?: number;
  readonly image: unknown;
  readonly channels: readonly {
    /** An Embind enum value (an object), compared by identity. */
    readonly id: unknown;
    readonly width: number;
    readonly height: number;
    readonly stride: number;
    readonly data: Uint8Array;
  }[];
}

/** The parts of libheif-js used here. */
export interface Libheif {
  HeifDecoder: new () => { decoder: unknown; decode(bytes: Uint8Array): HeifImageHandle[] };
  heif_js_decode_image2(handle: unknown, colorspace: unknown, chroma: unknown): Promise<HeifDecoded | null>;
  heif_image_release(image: unknown): void;
  heif_context_free(context: unknown): void;
  heif_colorspace: { heif_colorspace_RGB: unknown };
  heif_chroma: { heif_chroma_interleaved_RGBA: unknown };
  heif_channel: { heif_channel_interleaved: unknown };
}

let libheif: Promise<Libheif> | null = null;

/** libheif, started once per worker (its wasm compiled on the first HEIC photo). */
function loadLibheif(): Promise<Libheif> {
  libheif ??= import('libheif-js/libheif-wasm/libheif-bundle.mjs').then(
    ({ default: start }) =>
      new Promise<Libheif>((resolve, reject) => {
        // Emscripten calls back when the runtime is ready (or has given up): wait for it.
        let ready = false;
        let module: Libheif | null = null;
        module = start({
          onRuntimeInitialized: () => {
            ready = true;
            if (module) resolve(module);
          },
          onAbort: (why: unknown) => reject(new Error(`libheif did not start: ${String(why)}`)),
        }) as Libheif;
        if (ready) resolve(module);
      }),
  );
  // A decoder that failed to start is tried again with the next photo.
  void libheif.catch(() => (libheif = null));
  return libheif;
}

/** What decoding a HEIC gave: its upright pixels, or why not. */
export type HeifResult =
  | { readonly ok: true; readonly image: ImageData }
  | { readonly ok: false; readonly reason: 'damaged' }
  | { readonly ok: false; readonly reason: 'too-large'; readonly width: number; readonly height: number };

/** Decodes a HEIC/HEIF file's primary picture, upright; refuses one over `maxPixels` before decoding it. */
export async function decodeHeif(file: Blob, maxPixels: number): Promise<HeifResult> {
  const heif = await loadLibheif();
  const bytes = new Uint8Array(await file.arrayBuffer());
  const decoder = new heif.HeifDecoder();
  let handles: HeifImageHandle[] = [];
  try {
    handles = decoder.decode(bytes);
    const primary = handles.find((h) => h.is_primary()) ?? handles[0];
    if (!primary) return { ok: false, reason: 'damaged' };
    const [width, height] = [primary.get_width(), primary.get_height()];
    if (width * height > maxPixels) return { ok: false, reason: 'too-large', width, height };
    const decoded = await heif.heif_js_decode_image2(
      primary.handle,
      heif.heif_colorspace.heif_colorspace_RGB,
      heif.heif_chroma.heif_chroma_interleaved_RGBA,
    );
    if (!decoded || decoded.code) return { ok: false, reason: 'damaged' };
    try {
      // RGBA comes as one interleaved plane (a sole plane is taken as it, whatever its id says).
      const plane =
        decoded.channels.find((c) => c.id === heif.heif_channel.heif_channel_interleaved) ??
        (decoded.channels.length === 1 ? decoded.channels[0] : undefined);
      if (!plane || plane.width < 1 || plane.height < 1) return { ok: false, reason: 'damaged' };
      const image = new ImageData(plane.width, plane.height);
      const row = plane.width * 4;
      // Rows may be padded (`stride`): copy each row's pixels only.
      for (let y = 0; y < plane.height; y += 1)
        image.data.set(plane.data.subarray(y * plane.stride, y * plane.stride + row), y * row);
      return { ok: true, image };
    } finally {
      heif.heif_image_release(decoded.image);
    }
  } catch (error) {
    // A file libheif cannot parse is damaged for people; the engine's words go to the console only.
    console.warn('libheif could not decode a photo:', error);
    return { ok: false, reason: 'damaged' };
  } finally {
    for (const handle of handles) handle.free();
    if (decoder.decoder) heif.heif_context_free(decoder.decoder);
  }
}
