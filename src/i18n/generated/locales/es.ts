// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.
import { templates as h4 } from '../parts/es/h4.ts';
import { templates as h9 } from '../parts/es/h9.ts';
import { templates as named_d } from '../parts/es/named-d.ts';
import { templates as named_e } from '../parts/es/named-e.ts';
import { templates as named_i } from '../parts/es/named-i.ts';
import { templates as named_l } from '../parts/es/named-l.ts';
import { templates as named_p } from '../parts/es/named-p.ts';
import { templates as named_r } from '../parts/es/named-r.ts';
import { templates as named_s } from '../parts/es/named-s.ts';
import { templates as named_w } from '../parts/es/named-w.ts';
import { templates as s0 } from '../parts/es/s0.ts';
import { templates as s1 } from '../parts/es/s1.ts';
import { templates as s2 } from '../parts/es/s2.ts';
import { templates as s3 } from '../parts/es/s3.ts';
import { templates as s4 } from '../parts/es/s4.ts';
import { templates as s5 } from '../parts/es/s5.ts';
import { templates as s6 } from '../parts/es/s6.ts';
import { templates as s7 } from '../parts/es/s7.ts';
import { templates as s8 } from '../parts/es/s8.ts';
import { templates as s9 } from '../parts/es/s9.ts';
import { templates as sa } from '../parts/es/sa.ts';
import { templates as sb } from '../parts/es/sb.ts';
import { templates as sc } from '../parts/es/sc.ts';
import { templates as sd } from '../parts/es/sd.ts';
import { templates as se } from '../parts/es/se.ts';
import { templates as sf } from '../parts/es/sf.ts';

export const templates = {
  ...h4,
  ...h9,
  ...named_d,
  ...named_e,
  ...named_i,
  ...named_l,
  ...named_p,
  ...named_r,
  ...named_s,
  ...named_w,
  ...s0,
  ...s1,
  ...s2,
  ...s3,
  ...s4,
  ...s5,
  ...s6,
  ...s7,
  ...s8,
  ...s9,
  ...sa,
  ...sb,
  ...sc,
  ...sd,
  ...se,
  ...sf,
};
