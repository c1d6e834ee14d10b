/**
 * Hand-over by link and QR code (see README.md): a technician's regimen to a client, a person's
 * plan to their other device. Pure: no DOM, no storage, no `chrome` (its tsconfig has the worker
 * scope's globals only), so the PWA and the extension's options page share it.
 */
export { LINK_VERSION, MAX_LINK_PAYLOAD, MAX_LEGACY_PAYLOAD, MAX_UNPACKED_BYTES, canPackLinks } from './codec.ts';
export { isHandoverHash } from './hash.ts';
export {
  readHandoverLink,
  checkRegimen,
  regimenLink,
  planLink,
  appAddress,
  adviceOnly,
  sessionDatesOnly,
  type HandoverLink,
} from './links.ts';
export { readRegimenFile } from './regimen-file.ts';
export { describeRegimenChanges, regimenDiffers, windowWords } from './regimen-diff.ts';
export { mergePlans, type PlanMerge } from './plan-merge.ts';
export { daySpans, spanDaysWords, type DaySpan } from './day-summary.ts';
