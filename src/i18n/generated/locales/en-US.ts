// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.
import { templates as h4 } from '../parts/en-US/h4.ts';
import { templates as h9 } from '../parts/en-US/h9.ts';
import { templates as named_d } from '../parts/en-US/named-d.ts';
import { templates as named_e } from '../parts/en-US/named-e.ts';
import { templates as named_i } from '../parts/en-US/named-i.ts';
import { templates as named_l } from '../parts/en-US/named-l.ts';
import { templates as named_p } from '../parts/en-US/named-p.ts';
import { templates as named_r } from '../parts/en-US/named-r.ts';
import { templates as named_s } from '../parts/en-US/named-s.ts';
import { templates as named_w } from '../parts/en-US/named-w.ts';
import { templates as s0 } from '../parts/en-US/s0.ts';
import { templates as s1 } from '../parts/en-US/s1.ts';
import { templates as s2 } from '../parts/en-US/s2.ts';
import { templates as s3 } from '../parts/en-US/s3.ts';
import { templates as s4 } from '../parts/en-US/s4.ts';
import { templates as s5 } from '../parts/en-US/s5.ts';
import { templates as s6 } from '../parts/en-US/s6.ts';
import { templates as s7 } from '../parts/en-US/s7.ts';
import { templates as s8 } from '../parts/en-US/s8.ts';
import { templates as s9 } from '../parts/en-US/s9.ts';
import { templates as sa } from '../parts/en-US/sa.ts';
import { templates as sb } from '../parts/en-US/sb.ts';
import { templates as sc } from '../parts/en-US/sc.ts';
import { templates as sd } from '../parts/en-US/sd.ts';
import { templates as se } from '../parts/en-US/se.ts';
import { templates as sf } from '../parts/en-US/sf.ts';

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
