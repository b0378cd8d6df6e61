/**
 * Social cards: 1200×630 PNGs made at build time. satori lays the text out
 * with the site's own font (so no system fonts are needed), sharp rasterises.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';

export interface CardText {
  eyebrow: string;
  title: string;
  subtitle?: string;
  footer: string;
}

const require = createRequire(import.meta.url);
const font = (weight: 400 | 700) => readFileSync(require.resolve(`@fontsource/source-serif-4/files/source-serif-4-latin-${weight}-normal.woff`));
let fonts: Array<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }> | undefined;

type Node = { type: string; props: { style?: Record<string, unknown>; children?: Array<Node | string> | string } };
const el = (type: string, style: Record<string, unknown>, children: Array<Node | string> | string): Node => ({ type, props: { style, children } });

/** The last two words held together, so a title never ends on a line of one word. */
export function noLonelyLastWord(text: string): string {
  return text.replace(/\s+(\S+)\s*$/, '\u00a0$1');
}

/** A summary cut at a word to fit the card's middle, with an ellipsis when cut. */
export function cardSummary(text: string, max = 150): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max).replace(/\s+\S*$/, '').replace(/[,;:–—-]$/, '')}…`;
}

/** Long titles get a smaller size so they fit in the card. */
export function titleSize(title: string): number {
  return title.length > 70 ? 54 : title.length > 40 ? 64 : 76;
}

export async function renderCard(text: CardText): Promise<Buffer> {
  fonts ??= [
    { name: 'Source Serif 4', data: font(400), weight: 400, style: 'normal' },
    { name: 'Source Serif 4', data: font(700), weight: 700, style: 'normal' },
  ];
  const tree = el(
    'div',
    { width: 1200, height: 630, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '64px 72px', background: '#fbfaf7', color: '#1d1b18', fontFamily: 'Source Serif 4', borderTop: '16px solid #8c2f12' },
    [
      el('div', { display: 'flex', fontSize: 28, letterSpacing: 3, textTransform: 'uppercase', color: '#8c2f12', fontWeight: 700 }, text.eyebrow),
      el('div', { display: 'flex', flexDirection: 'column', width: 1056 }, [
        el('div', { display: 'flex', width: 1056, fontSize: titleSize(text.title), fontWeight: 700, lineHeight: 1.1 }, noLonelyLastWord(text.title)),
        ...(text.subtitle ? [el('div', { display: 'flex', width: 1056, fontSize: 32, color: '#5a554e', marginTop: 24, lineHeight: 1.3 }, noLonelyLastWord(text.subtitle))] : []),
      ]),
      el('div', { display: 'flex', fontSize: 26, color: '#5a554e' }, text.footer),
    ],
  );
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { width: 1200, height: 630, fonts });
  return sharp(Buffer.from(svg)).png().toBuffer();
}
