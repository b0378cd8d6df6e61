/**
 * Social cards: 1200×630 PNGs made at build time. satori lays the text out
 * with the site's own font (so no system fonts are needed), sharp rasterises.
 * A card is drawn once: it is kept in the build's cache folder under a hash of
 * everything that makes it (its layout tree with the text, the fonts, the
 * versions of satori and sharp), so an unchanged site redraws none and a
 * changed chapter redraws only its own.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { writeAtomic } from '../text/atomic-write.ts';
import { cacheNotKept } from './cache-warning.ts';
import { packageVersion } from './package-version.ts';

export interface CardText {
  eyebrow: string;
  title: string;
  subtitle?: string;
  footer: string;
}

const require = createRequire(import.meta.url);
const font = (weight: 400 | 700) =>
  readFileSync(require.resolve(`@fontsource/source-serif-4/files/source-serif-4-latin-${weight}-normal.woff`));
let fonts: Array<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }> | undefined;

type Node = { type: string; props: { style?: Record<string, unknown>; children?: Array<Node | string> | string } };
const el = (type: string, style: Record<string, unknown>, children: Array<Node | string> | string): Node => ({
  type,
  props: { style, children },
});

/** The last two words held together, so a title never ends on a line of one word. */
export function noLonelyLastWord(text: string): string {
  return text.replace(/\s+(\S+)\s*$/, '\u00a0$1');
}

/** A summary cut at a word to fit the card's middle, with an ellipsis when cut. */
export function cardSummary(text: string, max = 150): string {
  if (text.length <= max) return text;
  return `${text
    .slice(0, max)
    .replace(/\s+\S*$/, '')
    .replace(/[,;:–—-]$/, '')}…`;
}

/** Long titles get a smaller size so they fit in the card. */
export function titleSize(title: string): number {
  return title.length > 70 ? 54 : title.length > 40 ? 64 : 76;
}

function cardFonts() {
  fonts ??= [
    { name: 'Source Serif 4', data: font(400), weight: 400, style: 'normal' },
    { name: 'Source Serif 4', data: font(700), weight: 700, style: 'normal' },
  ];
  return fonts;
}

let drawingKey: string | undefined;
/** What every card shares: the renderers' versions and the fonts' bytes. */
function drawingInputs(): string {
  if (drawingKey) return drawingKey;
  const hash = createHash('sha256')
    .update(`satori ${packageVersion('satori')} sharp ${packageVersion('sharp')} vips ${sharp.versions.vips}`)
    .update(JSON.stringify({ CARD_SIZE, PNG_OPTIONS }));
  for (const font of cardFonts()) hash.update(`${font.name} ${font.weight} ${font.style}`).update(font.data);
  drawingKey = hash.digest('hex');
  return drawingKey;
}

function cardTree(text: CardText): Node {
  return el(
    'div',
    {
      width: 1200,
      height: 630,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      background: '#fbfaf7',
      color: '#1d1b18',
      fontFamily: 'Source Serif 4',
      borderTop: '16px solid #8c2f12',
    },
    [
      el(
        'div',
        { display: 'flex', fontSize: 28, letterSpacing: 3, textTransform: 'uppercase', color: '#8c2f12', fontWeight: 700 },
        text.eyebrow,
      ),
      el('div', { display: 'flex', flexDirection: 'column', width: 1056 }, [
        el(
          'div',
          { display: 'flex', width: 1056, fontSize: titleSize(text.title), fontWeight: 700, lineHeight: 1.1 },
          noLonelyLastWord(text.title),
        ),
        ...(text.subtitle
          ? [
              el(
                'div',
                { display: 'flex', width: 1056, fontSize: 32, color: '#5a554e', marginTop: 24, lineHeight: 1.3 },
                noLonelyLastWord(text.subtitle),
              ),
            ]
          : []),
      ]),
      el('div', { display: 'flex', fontSize: 26, color: '#5a554e' }, text.footer),
    ],
  );
}

// Each card is drawn once, so libvips' cache of recent operations only holds memory: at 2,000 chapters
// the build's peak fell from 2.76 and 2.77 GB to 2.29 and 2.65 GB in two pairs of builds without it.
sharp.cache(false);

// Everything renderCard draws with is in the cache key (drawingInputs): change it here, and old cards go.
const CARD_SIZE = { width: 1200, height: 630 } as const;
const PNG_OPTIONS = {} as const;

export async function renderCard(text: CardText): Promise<Buffer> {
  const svg = await satori(cardTree(text) as unknown as Parameters<typeof satori>[0], { ...CARD_SIZE, fonts: cardFonts() });
  return sharp(Buffer.from(svg)).png(PNG_OPTIONS).toBuffer();
}

/** The name a card is kept under: changes with its text, its layout, the fonts or the renderers. */
export function cardKey(text: CardText): string {
  return createHash('sha256')
    .update(drawingInputs())
    .update(JSON.stringify(cardTree(text)))
    .digest('hex')
    .slice(0, 32);
}

interface CardTally {
  drawn: number;
  reused: number;
  used: Set<string>;
}
// Pages render in the integration's process but another module graph: the tally travels on a process-wide key.
const TALLY = Symbol.for('dossier.cardTally');
export function cardTally(): CardTally {
  const global = globalThis as Record<symbol, CardTally | undefined>;
  return (global[TALLY] ??= { drawn: 0, reused: 0, used: new Set() });
}

/** The card, from the cache folder when an identical one was drawn before; drawn and kept there when not. */
export async function cachedCard(text: CardText, cacheFolder: string): Promise<Buffer> {
  const key = cardKey(text);
  const path = join(cacheFolder, `${key}.png`);
  const tally = cardTally();
  tally.used.add(`${key}.png`);
  try {
    const png = readFileSync(path);
    tally.reused++;
    return png;
  } catch {
    const png = await renderCard(text);
    tally.drawn++;
    try {
      await writeAtomic(path, png);
    } catch (error) {
      cacheNotKept('social cards', error);
    }
    return png;
  }
}

/**
 * After a build: says how many cards were drawn and reused, and removes cached
 * cards this build did not use (a chapter's old title), so the cache holds one
 * site's cards, not every version ever drawn.
 */
export function finishCardCache(cacheFolder: string): string | undefined {
  const tally = cardTally();
  if (tally.drawn + tally.reused === 0) return undefined;
  let removed = 0;
  let kept: string[] = [];
  try {
    kept = readdirSync(cacheFolder);
  } catch {
    // no folder of cards (it could not be written): nothing to clear
  }
  for (const name of kept) {
    if (name.endsWith('.png') && !tally.used.has(name)) {
      rmSync(join(cacheFolder, name), { force: true });
      removed++;
    }
  }
  const line = `social cards: ${tally.drawn} drawn, ${tally.reused} reused from the cache${removed ? `, ${removed} old removed` : ''}`;
  tally.drawn = tally.reused = 0;
  tally.used.clear();
  return line;
}

/** Where the cards are kept: `<Astro cacheDir>/dossier/cards`. */
export function cardCacheFolder(cacheDir: string): string {
  return join(cacheDir, 'dossier', 'cards');
}
