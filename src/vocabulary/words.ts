/** Small words shared by sentences everywhere. */

/** "1 photo", "3 photos": `n` with the word in the right number (`many` for irregular plurals). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
