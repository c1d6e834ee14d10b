import { expect } from 'chai';
import {
  MAX_LINK_PAYLOAD,
  MAX_UNPACKED_BYTES,
  planLink,
  readHandoverLink,
  regimenLink,
  type HandoverLink,
} from '../../src/handover/index.ts';
import { fromBase64Url, toBase64Url } from '../../src/handover/codec.ts';
import { DEFAULT_REGIMEN, type Regimen } from '../../src/rules/index.ts';
import { studioRegimen } from '../helpers/regimens.ts';

const APP = 'https://journal.example/app/';

/** The regimen builder's output: the studio's rules carry no source pointer. */
const builderRegimen: Regimen = { ...studioRegimen, rules: studioRegimen.rules.map(({ source: _s, ...rule }) => rule) };

async function made(link: Promise<{ ok: boolean; value?: string; error?: string }>): Promise<string> {
  const result = await link;
  expect(result, JSON.stringify(result)).to.have.property('ok', true);
  return result.value as string;
}

async function read(text: string): Promise<HandoverLink> {
  const result = await readHandoverLink(text);
  expect(result, JSON.stringify(result)).to.have.property('ok', true);
  return (result as { value: HandoverLink }).value;
}

async function refusal(text: string): Promise<string> {
  const result = await readHandoverLink(text);
  expect(result.ok, `${text.slice(0, 80)} should be refused`).to.equal(false);
  return (result as { error: string }).error;
}

/** Packs raw bytes as deflate-raw, to hand-make hostile version-2 links. */
async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const v2 = async (kind: string, json: string) =>
  `#${kind}=2.${toBase64Url(await deflate(new TextEncoder().encode(json)))}`;

describe('hand-over links: made and read back', () => {
  it('round-trips a regimen link, starting with the app’s address and nothing a URL would change', async () => {
    const link = await made(regimenLink(`${APP}#/settings`, builderRegimen));
    expect(link.startsWith(`${APP}#regimen=2.`)).to.equal(true);
    expect(link.slice(APP.length)).to.match(/^#regimen=2\.[A-Za-z0-9_-]+$/);
    expect(await read(link)).to.deep.equal({ kind: 'regimen', regimen: builderRegimen });
  });

  it('fits a whole standard regimen in one QR code’s worth of link, with room for a studio’s own rules', async () => {
    const link = await made(regimenLink(APP, { ...DEFAULT_REGIMEN, id: 'copy', name: 'A copy' }));
    const payload = link.split('#regimen=')[1] as string;
    expect(payload.length).to.be.below(MAX_LINK_PAYLOAD - 600);
  });

  it('round-trips a plan link: dates and the final mark, never notes; the standard regimen as null', async () => {
    const plan = {
      sessions: [
        { date: '2026-03-01', note: 'Ink & Co, Anna' },
        { date: '2026-03-24', final: true },
      ],
    };
    const link = await made(planLink(APP, plan, DEFAULT_REGIMEN));
    expect(link).not.to.contain('Ink');
    expect(await read(link)).to.deep.equal({
      kind: 'plan',
      plan: { sessions: [{ date: '2026-03-01' }, { date: '2026-03-24', final: true }] },
      regimen: DEFAULT_REGIMEN,
    });
    // A studio's regimen travels as its advice: without where each rule comes from.
    const withStudio = await read(await made(planLink(APP, plan, studioRegimen)));
    expect(withStudio).to.have.property('regimen').that.deep.equals(builderRegimen);
  });

  it('still reads the first link format (base64url of the regimen JSON, no version)', async () => {
    const legacy = `#regimen=${toBase64Url(new TextEncoder().encode(JSON.stringify(studioRegimen)))}`;
    expect(await read(legacy)).to.deep.equal({ kind: 'regimen', regimen: studioRegimen });
    expect(await read(`${legacy}==`)).to.have.property('kind', 'regimen');
  });

  it('survives a chat app: line breaks inside, a sentence around it, a full stop after', async () => {
    const link = await made(planLink(APP, { sessions: [{ date: '2026-03-01' }] }, DEFAULT_REGIMEN));
    const wrapped = `Here is my plan: ${link.slice(0, 60)}\r\n${link.slice(60, 130)}\n  ${link.slice(130)}. Thanks!`;
    expect(await read(`(${link}), see you`)).to.have.property('kind', 'plan');
    expect(await read(wrapped)).to.have.property('kind', 'plan');
  });

  it('refuses to make a link longer than a QR code holds, saying what to do', async () => {
    // Incompressible text: random letters in every rule's advice.
    const noise = () =>
      Array.from({ length: 390 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
    const huge = { ...builderRegimen, rules: builderRegimen.rules.map((rule) => ({ ...rule, text: noise() })) };
    const result = await regimenLink(APP, huge);
    expect(result.ok).to.equal(false);
    expect((result as { error: string }).error).to.match(
      /^This regimen makes a link of \d+ characters, more than one QR code holds \(2800\): shorten some texts or remove a rule, or hand over the JSON file instead\.$/,
    );
  });
});

describe('hand-over links: hostile or broken links are refused with a sentence', () => {
  const plan = JSON.stringify({ plan: { sessions: [{ date: '2026-03-01' }] }, regimen: null });

  const rows: [string, () => Promise<string>, RegExp][] = [
    [
      'not a link at all',
      async () => 'hello',
      /^This is not a link of this app: it has no “#plan=” or “#regimen=” part\.$/,
    ],
    [
      'a newer version',
      async () => `#plan=3.${toBase64Url(new Uint8Array([1, 2, 3]))}`,
      /^This plan link was made by a newer version of the app \(link version 3\): update the app to open it\.$/,
    ],
    ['an unknown version', async () => '#regimen=0.abcd', /^This regimen link is damaged \(its version is unknown\)/],
    [
      'a plan link without a version',
      async () => `#plan=${toBase64Url(new TextEncoder().encode(plan))}`,
      /has no version/,
    ],
    ['empty', async () => '#plan=2.', /^This plan link is empty: copy the whole link again\.$/],
    ['not base64url', async () => '#regimen=2.abc$def', /holds characters a link of this app never has/],
    [
      'percent signs',
      async () => '#regimen=%%%',
      /^This regimen link is damaged \(it holds characters a link of this app never has\)/,
    ],
    [
      'cut mid-character',
      async () => '#plan=2.AAAAA',
      /^This plan link is incomplete \(it was cut off\): copy the whole link again\.$/,
    ],
    [
      'truncated',
      async () => (await v2('plan', plan)).slice(0, 30),
      /^This plan link is (incomplete or damaged \(it could not be unpacked\)|incomplete \(it was cut off\)|damaged \(it does not hold a plan\))/,
    ],
    [
      'hidden characters',
      async () => (await v2('plan', plan)).replace('2.', '2.\u200b'),
      /^This link holds hidden characters \(such as zero-width spaces or direction marks\)/,
    ],
    ['a bidi override', async () => `\u202e${await v2('plan', plan)}`, /hidden characters/],
    [
      'too long',
      async () => `#plan=2.${'A'.repeat(MAX_LINK_PAYLOAD + 1)}`,
      /^This plan link is too long \(2801 characters; at most 2800\), so it was not read\.$/,
    ],
    [
      'a small link that unpacks to megabytes',
      async () => `#regimen=2.${toBase64Url(await deflate(new Uint8Array(MAX_UNPACKED_BYTES * 16).fill(32)))}`,
      /^This regimen link unpacks to more than 64 KB, far more than any plan or regimen, so it was not read\.$/,
    ],
    [
      'not JSON inside',
      async () => v2('regimen', 'not json'),
      /^This regimen link is damaged \(it does not hold a regimen\)/,
    ],
    [
      'a plan link with more than a plan',
      async () => v2('plan', JSON.stringify({ plan: { sessions: [] }, regimen: null, photos: [] })),
      /^This plan link is not valid: it holds “photos”, which this app does not know\. Nothing changed\.$/,
    ],
    [
      'a session in year 0',
      async () => v2('plan', JSON.stringify({ plan: { sessions: [{ date: '0000-01-01' }] }, regimen: null })),
      /^The plan was not loaded: the date of session 1 is “0000-01-01”, which is not a date this app can use: the year must be between 1900 and 2100\.$/,
    ],
    [
      'a session in year 9999',
      async () =>
        v2(
          'plan',
          JSON.stringify({ plan: { sessions: [{ date: '2026-03-01' }, { date: '9999-12-31' }] }, regimen: null }),
        ),
      /^The plan was not loaded: the date of session 2 is “9999-12-31”, which is not a date this app can use: the year must be between 1900 and 2100\.$/,
    ],
    [
      'an impossible date',
      async () => v2('plan', JSON.stringify({ plan: { sessions: [{ date: '2026-02-30' }] }, regimen: null })),
      /^The plan was not loaded: .*2026-02-30/,
    ],
    [
      'a look-alike of the standard regimen',
      async () => v2('regimen', JSON.stringify(DEFAULT_REGIMEN)),
      /^The regimen was not loaded: the id is “default”, the built-in regimen's id: give yours its own\.$/,
    ],
    [
      'the standard regimen’s name under another id',
      async () => v2('regimen', JSON.stringify({ ...DEFAULT_REGIMEN, id: 'standard' })),
      /^The regimen was not loaded: the name is “Standard SMP aftercare”, the built-in regimen's name: give yours its own\.$/,
    ],
    [
      'hidden characters inside the regimen',
      async () => v2('regimen', JSON.stringify({ ...builderRegimen, name: 'Studio\u202eX' })),
      /^The regimen was not loaded: the name holds hidden or direction-changing characters\.$/,
    ],
  ];

  for (const [name, make, expected] of rows) {
    it(`refuses ${name}`, async () => {
      expect(await refusal(await make()), name).to.match(expected);
    });
  }

  it('reads base64url strictly: other alphabets and cut characters are not bytes', () => {
    expect(fromBase64Url('ab+/')).to.equal(null);
    expect(fromBase64Url('abcde')).to.equal(null);
    expect([...(fromBase64Url('AQID') ?? [])]).to.deep.equal([1, 2, 3]);
  });
});
