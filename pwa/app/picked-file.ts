/** The file a person picked in a file field, taken out of it, so picking the same file again is heard. */
export function takePickedFile(event: Event): File | null {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0] ?? null;
  input.value = '';
  return file;
}
