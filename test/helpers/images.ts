/** Test photos made in the browser: JPEGs of a given size and colour, with EXIF written by piexifjs. */
import 'piexifjs';

declare global {
  interface Window {
    piexif: {
      dump(data: Record<string, Record<number, unknown>>): string;
      insert(exif: string, jpegDataUrl: string): string;
      ImageIFD: { Orientation: number; Make: number };
      ExifIFD: { DateTimeOriginal: number };
      GPSIFD: { GPSLatitudeRef: number; GPSLatitude: number; GPSLongitudeRef: number; GPSLongitude: number };
    };
  }
}

/** A JPEG `width` × `height`, a left half in `color` and a right half white (so rotation shows). */
export async function makeJpeg(width: number, height: number, color = '#884422', type = 'image/jpeg'): Promise<Blob> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.fillStyle = color;
  context.fillRect(0, 0, Math.ceil(width / 2), height);
  return canvas.convertToBlob({ type, quality: 0.9 });
}

function toDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsDataURL(blob);
  });
}

/** The JPEG with EXIF: a taken time ("2026:03:02 09:15:00"), an orientation, and a GPS position. */
export async function withExif(
  jpeg: Blob,
  exif: { taken?: string; orientation?: number; gps?: boolean },
): Promise<Blob> {
  const { piexif } = window;
  const zeroth: Record<number, unknown> = { [piexif.ImageIFD.Make]: 'TestCam' };
  if (exif.orientation) zeroth[piexif.ImageIFD.Orientation] = exif.orientation;
  const data: Record<string, Record<number, unknown>> = { '0th': zeroth, Exif: {} };
  if (exif.taken) data['Exif']![piexif.ExifIFD.DateTimeOriginal] = exif.taken;
  if (exif.gps) {
    data['GPS'] = {
      [piexif.GPSIFD.GPSLatitudeRef]: 'N',
      [piexif.GPSIFD.GPSLatitude]: [
        [51, 1],
        [30, 1],
        [0, 1],
      ],
      [piexif.GPSIFD.GPSLongitudeRef]: 'W',
      [piexif.GPSIFD.GPSLongitude]: [
        [0, 1],
        [7, 1],
        [0, 1],
      ],
    };
  }
  const url = piexif.insert(piexif.dump(data), await toDataUrl(jpeg));
  return (await fetch(url)).blob();
}

/** A `File` from a blob. */
export function asFile(blob: Blob, name: string, type = blob.type): File {
  return new File([blob], name, { type });
}
