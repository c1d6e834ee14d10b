/**
 * The scalp areas' names in the language in use (`SCALP_AREAS` in src/journal/records.ts keeps the
 * ids and the en-GB names; screens show these).
 */
import { msg } from '@lit/localize';
import { SCALP_AREAS, type ScalpArea } from '../journal/records.ts';

/** Every scalp area's id, in the usual order. */
export const AREA_IDS = Object.keys(SCALP_AREAS) as ScalpArea[];

/** The name of `area`, as a label ("Front hairline"). */
export function scalpAreaName(area: ScalpArea): string {
  switch (area) {
    case 'front-hairline':
      return msg('Front hairline');
    case 'crown':
      return msg('Crown');
    case 'left':
      return msg('Left side');
    case 'right':
      return msg('Right side');
    case 'back':
      return msg('Back');
    default:
      return msg('Other');
  }
}

/** The name of `area` inside a sentence ("Compare front hairline"). */
export function scalpAreaInSentence(area: ScalpArea): string {
  switch (area) {
    case 'front-hairline':
      return msg('front hairline');
    case 'crown':
      return msg('crown');
    case 'left':
      return msg('left side');
    case 'right':
      return msg('right side');
    case 'back':
      return msg('back');
    default:
      return msg('other');
  }
}
