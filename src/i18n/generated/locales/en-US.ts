// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.
import { templates as named_d } from '../parts/en-US/named-d.ts';
import { templates as named_l } from '../parts/en-US/named-l.ts';
import { templates as named_w } from '../parts/en-US/named-w.ts';
import { templates as s2 } from '../parts/en-US/s2.ts';
import { templates as s4 } from '../parts/en-US/s4.ts';
import { templates as s5 } from '../parts/en-US/s5.ts';
import { templates as s6 } from '../parts/en-US/s6.ts';
import { templates as s7 } from '../parts/en-US/s7.ts';
import { templates as s8 } from '../parts/en-US/s8.ts';
import { templates as sa } from '../parts/en-US/sa.ts';
import { templates as sb } from '../parts/en-US/sb.ts';
import { templates as sc } from '../parts/en-US/sc.ts';
import { templates as se } from '../parts/en-US/se.ts';

export const templates = {
  ...named_d,
  ...named_l,
  ...named_w,
  ...s2,
  ...s4,
  ...s5,
  ...s6,
  ...s7,
  ...s8,
  ...sa,
  ...sb,
  ...sc,
  ...se,
};
