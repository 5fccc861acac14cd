/**
 * Share cards: the 1200×630 PNG a chat app or social network shows for a link. Drawn at build
 * time with satori (layout to SVG) and resvg (SVG to PNG) in the self-hosted Noto Sans, and
 * cached on disk by a hash of everything drawn, because rendering is the slow part.
 */
import { renderAsync } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import type { Status } from '../schemas/commitment.ts';
import { CACHE_DIR } from './cache-dir.ts';
import { SITE_NAME } from './publisher.ts';
import { CARD_HEIGHT, CARD_WIDTH, type ShareCard } from './share-card.ts';
import { shortenToLines } from './snippet.ts';

// --- Drawing -------------------------------------------------------------------------------

/** The light theme of global.css: cards are read on any background, so one theme suffices. */
const COLORS = {
  background: '#ffffff',
  text: '#1a1d21',
  muted: '#50575f',
  accent: '#0b57c2',
  border: '#c9ced4',
};
/** `--status-*` of global.css (light). */
const STATUS_COLORS: Record<Status, string> = {
  proposed: '#5f6873',
  pledged: '#4338ca',
  conditional: '#8a5300',
  'in-progress': '#0e6f8a',
  delivered: '#0d6b3a',
  stalled: '#b91c1c',
  withdrawn: '#3f3f46',
};

/** satori's element format (what JSX would compile to), without React; `svg` elements too. */
export interface CardNode {
  type: string;
  props: { style?: CardStyle; children?: CardChildren; [attribute: string]: unknown };
}
type CardStyle = Record<string, string | number>;
type CardChildren = string | CardNode | (string | CardNode)[];

const node = (style: CardStyle, children: CardChildren): CardNode => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** The frame: an accent bar on the left, then padding; text runs in what is left. */
const ACCENT_WIDTH = 20;
const PADDING = { top: 48, right: 64, bottom: 40, left: 56 };
const TEXT_WIDTH = CARD_WIDTH - ACCENT_WIDTH - PADDING.left - PADDING.right;

/**
 * A character's average width in em, for wrapping before satori does. Noto Sans measures about
 * 0.46 (regular) and 0.49 (bold) on English headlines and roles; the margin keeps each line
 * estimated at least as wide as drawn, so satori never needs more lines than counted here.
 */
const CHARACTER_EM = { 400: 0.52, 700: 0.56 } as const;

/**
 * A text block of at most `lines` lines, cut after a whole word with "…" when it is longer.
 * satori's own clamp would cut into the last word to fit its "…"; it stays only as a backstop
 * for text wider than estimated (capitals), with no ellipsis, so that it too keeps whole words.
 */
function clamped(text: string, lines: number, style: CardStyle & { fontSize: number; fontWeight?: 700 }): CardNode {
  const lineLength = Math.floor(TEXT_WIDTH / (style.fontSize * CHARACTER_EM[style.fontWeight ?? 400]));
  return {
    type: 'div',
    props: { style: { display: 'block', lineClamp: `${lines} ""`, ...style }, children: shortenToLines(text, lineLength, lines) },
  };
}

/** Bigger type for short text, smaller for long, so most cards need no cut. */
function fitFontSize(text: string, steps: readonly [maxLength: number, size: number][], smallest: number): number {
  return steps.find(([maxLength]) => text.length <= maxLength)?.[1] ?? smallest;
}

const shape = (type: string, attributes: Record<string, string | number>): CardNode => ({ type, props: attributes });

/**
 * The status symbols of labels.ts (○ ● ◐ ▶ ✔ ❚❚ ✖), drawn as vector shapes: Noto Sans has no
 * glyph for them, and a card must show the same symbol as the site's status badge.
 */
function statusSymbol(status: Status, size: number): CardNode {
  const color = STATUS_COLORS[status];
  const line = { fill: 'none', stroke: color, 'stroke-width': 3.5, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' };
  const shapes: Record<Status, CardNode[]> = {
    proposed: [shape('circle', { cx: 12, cy: 12, r: 8.5, fill: 'none', stroke: color, 'stroke-width': 3 })],
    pledged: [shape('circle', { cx: 12, cy: 12, r: 10, fill: color })],
    conditional: [
      shape('circle', { cx: 12, cy: 12, r: 8.5, fill: 'none', stroke: color, 'stroke-width': 3 }),
      shape('path', { d: 'M12 3.5a8.5 8.5 0 0 0 0 17z', fill: color }),
    ],
    'in-progress': [shape('path', { d: 'M6 3.5L20.5 12L6 20.5z', fill: color, stroke: color, 'stroke-width': 1.5, 'stroke-linejoin': 'round' })],
    delivered: [shape('path', { d: 'M3.5 12.5l5.5 5.5L20.5 5.5', ...line })],
    stalled: [shape('rect', { x: 4.5, y: 3.5, width: 5.5, height: 17, rx: 1, fill: color }), shape('rect', { x: 14, y: 3.5, width: 5.5, height: 17, rx: 1, fill: color })],
    withdrawn: [shape('path', { d: 'M5 5l14 14M19 5L5 19', ...line })],
  };
  return { type: 'svg', props: { width: size, height: size, viewBox: '0 0 24 24', style: { flexShrink: 0 }, children: shapes[status] } };
}

function frame(card: ShareCard, label: string, body: CardNode[]): CardNode {
  return node(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      boxSizing: 'border-box',
      flexDirection: 'column',
      background: COLORS.background,
      color: COLORS.text,
      fontFamily: FONT_FAMILY,
      borderLeft: `${ACCENT_WIDTH}px solid ${COLORS.accent}`,
      padding: `${PADDING.top}px ${PADDING.right}px ${PADDING.bottom}px ${PADDING.left}px`,
    },
    [
      node({ fontSize: 26, color: COLORS.muted, letterSpacing: 1 }, [
        node({ fontWeight: 700, color: COLORS.accent }, SITE_NAME.toUpperCase()),
        node({ marginLeft: 12 }, label ? `· ${label}` : ''),
      ]),
      node({ flexGrow: 1, flexDirection: 'column', justifyContent: 'center' }, body),
      node({ fontSize: 24, color: COLORS.muted, borderTop: `2px solid ${COLORS.border}`, paddingTop: 16 }, card.host),
    ],
  );
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function cardTree(card: ShareCard): CardNode {
  switch (card.kind) {
    case 'site':
      return frame(card, '', [
        node({ fontSize: 88, fontWeight: 700, color: COLORS.text }, card.title),
        clamped(card.tagline, 3, { fontSize: 40, color: COLORS.muted, marginTop: 16 }),
      ]);
    case 'article':
      return frame(card, 'Coverage', [
        clamped(card.headline, 4, { fontSize: fitFontSize(card.headline, [[60, 68], [100, 56]], 48), fontWeight: 700, lineHeight: 1.15 }),
        ...(card.summit ? [clamped(card.summit, 2, { fontSize: 32, fontWeight: 700, lineHeight: 1.3, color: COLORS.accent, marginTop: 28 })] : []),
        node({ fontSize: 32, color: COLORS.muted, marginTop: card.summit ? 8 : 28 }, `Published ${card.date}`),
      ]);
    case 'speaker':
      return frame(card, 'Speaker', [
        clamped(card.name, 2, { fontSize: fitFontSize(card.name, [[20, 88], [30, 72]], 60), fontWeight: 700, lineHeight: 1.15 }),
        clamped(card.role, 2, { fontSize: 40, lineHeight: 1.3, color: COLORS.muted, marginTop: 16 }),
        node({ marginTop: 32 }, [
          node(
            {
              alignItems: 'center',
              fontSize: 30,
              fontWeight: 700,
              color: COLORS.accent,
              border: `3px solid ${COLORS.accent}`,
              borderRadius: 999,
              padding: '4px 24px',
            },
            card.country,
          ),
        ]),
      ]);
    case 'status':
      return frame(card, 'Commitment', [
        node({ fontSize: 30, color: COLORS.muted, letterSpacing: 1 }, 'STATUS'),
        node({ marginTop: 16 }, [
          node(
            {
              alignItems: 'center',
              border: `5px solid ${STATUS_COLORS[card.status]}`,
              color: STATUS_COLORS[card.status],
              borderRadius: 999,
              padding: '10px 48px 10px 36px',
              fontSize: 80,
              fontWeight: 700,
            },
            [node({ marginRight: 24 }, [statusSymbol(card.status, 68)]), card.label],
          ),
        ]),
        clamped(`${capitalized(card.description)}.`, 2, { fontSize: 40, color: COLORS.muted, marginTop: 32 }),
      ]);
  }
}

// --- Fonts ---------------------------------------------------------------------------------

const FONT_FAMILY = 'Noto Sans';
/** Subsets satori falls back through, glyph by glyph: French accents, Polish, Ukrainian, Greek. */
const FONT_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek'] as const;
const FONT_WEIGHTS = [400, 700] as const;
/** satori reads woff (not woff2). */
const fontFile = (subset: string, weight: number) => `@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`;

type SatoriFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fonts: Promise<SatoriFont[]> | undefined;

/** Read once per build from node_modules, resolved from the project root (not the bundle). */
function loadFonts(): Promise<SatoriFont[]> {
  const require = createRequire(join(process.cwd(), 'package.json'));
  fonts ??= Promise.all(
    FONT_SUBSETS.flatMap((subset) =>
      FONT_WEIGHTS.map(async (weight): Promise<SatoriFont> => ({
        // One family name per subset: satori only falls back between fonts of different names.
        name: subset === 'latin' ? FONT_FAMILY : `${FONT_FAMILY} ${subset}`,
        data: await readFile(require.resolve(fontFile(subset, weight))),
        weight,
        style: 'normal',
      })),
    ),
  );
  return fonts;
}

// --- Rendering and cache -------------------------------------------------------------------

/** Bump to drop every cached card (e.g. after a satori or resvg upgrade that changes output). */
const RENDERER_VERSION = 'satori-0.63/resvg-2.6/1';

export const SHARE_CARD_CACHE_DIR = join(CACHE_DIR, 'og');

/** The cache key: the whole drawn tree (text, layout, colours), the fonts and the renderer. */
export function cardHash(tree: CardNode): string {
  const fontList = FONT_SUBSETS.flatMap((subset) => FONT_WEIGHTS.map((weight) => fontFile(subset, weight)));
  return createHash('sha256').update(JSON.stringify({ tree, fontList, RENDERER_VERSION })).digest('hex').slice(0, 32);
}

/**
 * The card laid out as SVG. With `embedFont: false` its words stay text (`<text>`) rather than
 * glyph outlines, so a test can read what satori drew on each line.
 */
export async function cardSvg(tree: CardNode, { embedFont = true } = {}): Promise<string> {
  // satori's type names React's ReactNode; our element objects are what JSX compiles to.
  return satori(tree as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: await loadFonts(),
    embedFont,
  });
}

async function draw(tree: CardNode): Promise<Buffer> {
  const svg = await cardSvg(tree);
  // On libuv's thread pool: the build renders the next pages meanwhile, on the other core.
  return (await renderAsync(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } })).asPng();
}

/**
 * The card as PNG bytes: from the cache when the same card was drawn before, else drawn and
 * stored (written under a temporary name and renamed, so a parallel build never reads half a file).
 */
export async function renderShareCard(card: ShareCard, cacheDir = join(process.cwd(), SHARE_CARD_CACHE_DIR)): Promise<Uint8Array> {
  const tree = cardTree(card);
  const file = join(cacheDir, `${cardHash(tree)}.png`);
  if (existsSync(file)) return new Uint8Array(await readFile(file));
  const png = await draw(tree);
  await mkdir(cacheDir, { recursive: true });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, png);
  await rename(temporary, file);
  return new Uint8Array(png);
}

/** A Response for an Astro endpoint. */
export async function shareCardResponse(card: ShareCard): Promise<Response> {
  // A fresh ArrayBuffer: Response wants BufferSource, not a Node Buffer's shared pool.
  const png = await renderShareCard(card);
  return new Response(png.slice().buffer, { headers: { 'Content-Type': 'image/png' } });
}
