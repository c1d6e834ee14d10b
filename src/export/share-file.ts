/**
 * Hands a file to the person: the system share sheet where the browser can share files (phones,
 * tablets, some desktops), a download everywhere else. Nothing is uploaded by the app itself.
 */

/** How long a download's object URL is kept before it is revoked (the download has started by then). */
const REVOKE_AFTER_MS = 60_000;

/**
 * Shares `file` with the Web Share API when the browser can share it, else downloads it.
 * Resolves 'cancelled' when the person closes the share sheet; a share that fails otherwise falls
 * back to the download.
 */
export async function shareOrDownload(file: File, title: string): Promise<'shared' | 'downloaded' | 'cancelled'> {
  const data: ShareData = { files: [file], title };
  if (typeof navigator.share === 'function' && navigator.canShare?.(data)) {
    try {
      await navigator.share(data);
      return 'shared';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
      // NotAllowedError (no user activation left), a failed share target…: download instead.
    }
  }
  downloadFile(file);
  return 'downloaded';
}

/** Downloads `file` under its own name through a temporary link. */
export function downloadFile(file: File): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
