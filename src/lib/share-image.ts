/**
 * Share cards: the 1200×630 PNG a chat app or social network shows for a link. Laid out here
 * from the card's data into positioned text and shapes (plain data, measured in the card's own
 * fonts), drawn and encoded by Skia (@napi-rs/canvas) in the self-hosted Noto Sans, and cached
 * on disk by a hash of everything drawn.
 */
import { createCanvas, GlobalFonts, Path2D, PngFilter, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Status } from '../schemas/commitment.ts';
import { CACHE_DIR } from './cache-dir.ts';
import { SITE_NAME } from './publisher.ts';
import { CARD_HEIGHT, CARD_WIDTH, type ShareCard } from './share-card.ts';
import { fitToLines } from './snippet.ts';

// --- What a card shows, positioned ---------------------------------------------------------

export interface CardFont {
  size: number;
  weight: 400 | 700;
  letterSpacing?: number;
}

/** One thing drawn on a card; coordinates in pixels from the top left. */
export type CardMark =
  | { kind: 'box'; x: number; y: number; width: number; height: number; color: string }
  /** A stroked box with round ends (a badge); the stroke lies inside the box. */
  | { kind: 'pill'; x: number; y: number; width: number; height: number; lineWidth: number; color: string }
  /** An SVG path in a 24×24 grid at (x, y), scaled; filled, or stroked when it has a stroke width. */
  | { kind: 'path'; d: string; x: number; y: number; scale: number; color: string; strokeWidth?: number }
  /** One line of text; y is its baseline. */
  | { kind: 'text'; text: string; x: number; y: number; font: CardFont; color: string };

/** The width of a text as drawn in a font. */
export type MeasureText = (text: string, font: CardFont) => number;

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

/** The frame: an accent bar on the left, then padding; text runs in what is left. */
const ACCENT_WIDTH = 20;
const PADDING = { top: 48, right: 64, bottom: 40, left: 56 };
export const TEXT_LEFT = ACCENT_WIDTH + PADDING.left;
export const TEXT_RIGHT = CARD_WIDTH - PADDING.right;
const TEXT_WIDTH = TEXT_RIGHT - TEXT_LEFT;

/** Noto Sans's ascent and descent in em (hhea): a line box of `normal` height is their sum. */
const ASCENT = 1.069;
const DESCENT = 0.293;
const NORMAL_LINE_HEIGHT = ASCENT + DESCENT;

/** A stretch of the card, stacked top to bottom: its height, and its marks once placed. */
interface Block {
  marginTop: number;
  height: number;
  place: (top: number) => CardMark[];
}

/** A line of text in a line box `lineBox` pixels high, its glyphs centred in it as CSS does. */
function textLine(text: string, x: number, lineTop: number, lineBox: number, font: CardFont, color: string): CardMark {
  const baseline = lineTop + (lineBox - NORMAL_LINE_HEIGHT * font.size) / 2 + ASCENT * font.size;
  return { kind: 'text', text, x, y: baseline, font, color };
}

interface TextStyle {
  font: CardFont;
  color: string;
  /** In em; `normal` (the font's own) when not given. */
  lineHeight?: number;
  marginTop?: number;
}

/** A paragraph of at most `maxLines` lines as wide as the text area, cut after a whole word. */
function paragraph(text: string, maxLines: number, style: TextStyle, measure: MeasureText): Block {
  const lines = fitToLines(text, maxLines, (line) => measure(line, style.font) <= TEXT_WIDTH);
  const lineBox = (style.lineHeight ?? NORMAL_LINE_HEIGHT) * style.font.size;
  return {
    marginTop: style.marginTop ?? 0,
    height: lines.length * lineBox,
    place: (top) => lines.map((line, index) => textLine(line, TEXT_LEFT, top + index * lineBox, lineBox, style.font, style.color)),
  };
}

interface BadgeStyle {
  font: CardFont;
  color: string;
  border: number;
  padding: { vertical: number; left: number; right: number };
  marginTop: number;
}

/** A one-line label in a round-ended outline, after an optional status symbol. */
function badge(text: string, style: BadgeStyle, measure: MeasureText, symbol?: { status: Status; size: number; gap: number }): Block {
  const { border, padding, font, color } = style;
  const symbolWidth = symbol ? symbol.size + symbol.gap : 0;
  const room = TEXT_WIDTH - 2 * border - padding.left - padding.right - symbolWidth;
  const [label = ''] = fitToLines(text, 1, (line) => measure(line, font) <= room);
  const lineBox = NORMAL_LINE_HEIGHT * font.size;
  const height = 2 * (border + padding.vertical) + lineBox;
  const width = 2 * border + padding.left + symbolWidth + measure(label, font) + padding.right;
  const contentLeft = TEXT_LEFT + border + padding.left;
  return {
    marginTop: style.marginTop,
    height,
    place: (top) => [
      { kind: 'pill', x: TEXT_LEFT, y: top, width, height, lineWidth: border, color },
      ...(symbol ? statusSymbol(symbol.status, contentLeft, top + (height - symbol.size) / 2, symbol.size) : []),
      textLine(label, contentLeft + symbolWidth, top + border + padding.vertical, lineBox, font, color),
    ],
  };
}

/** Blocks stacked from `top`, each after its margin. */
function stack(blocks: Block[], top: number): CardMark[] {
  let y = top;
  return blocks.flatMap((block) => {
    y += block.marginTop;
    const marks = block.place(y);
    y += block.height;
    return marks;
  });
}

const stackHeight = (blocks: Block[]) => blocks.reduce((sum, block) => sum + block.marginTop + block.height, 0);

/** Circles as paths: `r` around the centre of the 24×24 grid. */
const circle = (r: number) => `M${12 - r} 12a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`;

/**
 * The status symbols of labels.ts (○ ● ◐ ▶ ✔ ❚❚ ✖), drawn as vector shapes: Noto Sans has no
 * glyph for them, and a card must show the same symbol as the site's status badge.
 */
const STATUS_SYMBOLS: Record<Status, { d: string; strokeWidth?: number }[]> = {
  proposed: [{ d: circle(8.5), strokeWidth: 3 }],
  pledged: [{ d: circle(10) }],
  conditional: [{ d: circle(8.5), strokeWidth: 3 }, { d: 'M12 3.5a8.5 8.5 0 0 0 0 17z' }],
  'in-progress': [{ d: 'M6 3.5L20.5 12L6 20.5z' }, { d: 'M6 3.5L20.5 12L6 20.5z', strokeWidth: 1.5 }],
  delivered: [{ d: 'M3.5 12.5l5.5 5.5L20.5 5.5', strokeWidth: 3.5 }],
  stalled: [
    { d: 'M5.5 3.5h3.5a1 1 0 0 1 1 1v15a1 1 0 0 1-1 1h-3.5a1 1 0 0 1-1-1v-15a1 1 0 0 1 1-1z' },
    { d: 'M15 3.5h3.5a1 1 0 0 1 1 1v15a1 1 0 0 1-1 1h-3.5a1 1 0 0 1-1-1v-15a1 1 0 0 1 1-1z' },
  ],
  withdrawn: [{ d: 'M5 5l14 14M19 5L5 19', strokeWidth: 3.5 }],
};

function statusSymbol(status: Status, x: number, y: number, size: number): CardMark[] {
  return STATUS_SYMBOLS[status].map((shape) => ({ kind: 'path', ...shape, x, y, scale: size / 24, color: STATUS_COLORS[status] }));
}

const HEADER_FONT = { size: 26, letterSpacing: 1 } as const;
const FOOTER = { font: { size: 24, weight: 400 }, border: 2, paddingTop: 16 } as const;

/** The site's name and the card's kind on top, the host under a rule at the bottom, the body centred between. */
function frame(card: ShareCard, label: string, body: Block[], measure: MeasureText): CardMark[] {
  const siteFont: CardFont = { ...HEADER_FONT, weight: 700 };
  const labelFont: CardFont = { ...HEADER_FONT, weight: 400 };
  const siteName = SITE_NAME.toUpperCase();
  const headerBox = NORMAL_LINE_HEIGHT * HEADER_FONT.size;
  const footerHeight = FOOTER.border + FOOTER.paddingTop + NORMAL_LINE_HEIGHT * FOOTER.font.size;
  const footerTop = CARD_HEIGHT - PADDING.bottom - footerHeight;
  const bodyTop = PADDING.top + headerBox;
  return [
    { kind: 'box', x: 0, y: 0, width: CARD_WIDTH, height: CARD_HEIGHT, color: COLORS.background },
    { kind: 'box', x: 0, y: 0, width: ACCENT_WIDTH, height: CARD_HEIGHT, color: COLORS.accent },
    textLine(siteName, TEXT_LEFT, PADDING.top, headerBox, siteFont, COLORS.accent),
    ...(label ? [textLine(`· ${label}`, TEXT_LEFT + measure(siteName, siteFont) + 12, PADDING.top, headerBox, labelFont, COLORS.muted)] : []),
    ...stack(body, bodyTop + (footerTop - bodyTop - stackHeight(body)) / 2),
    { kind: 'box', x: TEXT_LEFT, y: footerTop, width: TEXT_WIDTH, height: FOOTER.border, color: COLORS.border },
    textLine(card.host, TEXT_LEFT, footerTop + FOOTER.border + FOOTER.paddingTop, NORMAL_LINE_HEIGHT * FOOTER.font.size, FOOTER.font, COLORS.muted),
  ];
}

/** Bigger type for short text, smaller for long, so most cards need no cut. */
function fitFontSize(text: string, steps: readonly [maxLength: number, size: number][], smallest: number): number {
  return steps.find(([maxLength]) => text.length <= maxLength)?.[1] ?? smallest;
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Everything drawn on a card, in drawing order, with text measured by `measure`. */
export function cardMarks(card: ShareCard, measure: MeasureText = measureInCardFonts): CardMark[] {
  const text = (content: string, maxLines: number, style: TextStyle) => paragraph(content, maxLines, style, measure);
  switch (card.kind) {
    case 'site':
      return frame(
        card,
        '',
        [
          text(card.title, 1, { font: { size: 88, weight: 700 }, color: COLORS.text }),
          text(card.tagline, 3, { font: { size: 40, weight: 400 }, color: COLORS.muted, marginTop: 16 }),
        ],
        measure,
      );
    case 'article':
      return frame(
        card,
        'Coverage',
        [
          text(card.headline, 4, { font: { size: fitFontSize(card.headline, [[60, 68], [100, 56]], 48), weight: 700 }, color: COLORS.text, lineHeight: 1.15 }),
          ...(card.summit ? [text(card.summit, 2, { font: { size: 32, weight: 700 }, color: COLORS.accent, lineHeight: 1.3, marginTop: 28 })] : []),
          text(`Published ${card.date}`, 1, { font: { size: 32, weight: 400 }, color: COLORS.muted, marginTop: card.summit ? 8 : 28 }),
        ],
        measure,
      );
    case 'speaker':
      return frame(
        card,
        'Speaker',
        [
          text(card.name, 2, { font: { size: fitFontSize(card.name, [[20, 88], [30, 72]], 60), weight: 700 }, color: COLORS.text, lineHeight: 1.15 }),
          text(card.role, 2, { font: { size: 40, weight: 400 }, color: COLORS.muted, lineHeight: 1.3, marginTop: 16 }),
          badge(
            card.country,
            { font: { size: 30, weight: 700 }, color: COLORS.accent, border: 3, padding: { vertical: 4, left: 24, right: 24 }, marginTop: 32 },
            measure,
          ),
        ],
        measure,
      );
    case 'status':
      return frame(
        card,
        'Commitment',
        [
          text('STATUS', 1, { font: { size: 30, weight: 400, letterSpacing: 1 }, color: COLORS.muted }),
          badge(
            card.label,
            { font: { size: 80, weight: 700 }, color: STATUS_COLORS[card.status], border: 5, padding: { vertical: 10, left: 36, right: 48 }, marginTop: 16 },
            measure,
            { status: card.status, size: 68, gap: 24 },
          ),
          text(`${capitalized(card.description)}.`, 2, { font: { size: 40, weight: 400 }, color: COLORS.muted, marginTop: 32 }),
        ],
        measure,
      );
  }
}

// --- Fonts ---------------------------------------------------------------------------------

/** Subsets Skia falls back through, glyph by glyph: French accents, Polish, Ukrainian, Greek. */
const FONT_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek'] as const;
const FONT_WEIGHTS = [400, 700] as const;
const fontFile = (subset: string, weight: number) => `@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`;

/**
 * A family of its own per subset and weight: Skia picks one face per family name (it would draw
 * every weight in the same face), and names of our own keep a system "Noto Sans" out.
 */
const familyName = (subset: string, weight: number) => `Card Noto Sans ${weight} ${subset}`;

/** The CSS font of a card font: its weight's subsets as the family list, in fallback order. */
const cssFont = (font: CardFont) => `${font.size}px ${FONT_SUBSETS.map((subset) => `"${familyName(subset, font.weight)}"`).join(', ')}`;

function setFont(context: SKRSContext2D, font: CardFont): void {
  context.font = cssFont(font);
  context.letterSpacing = `${font.letterSpacing ?? 0}px`;
}

let canvas: Canvas | undefined;

/**
 * The one canvas cards are measured and drawn on, made on first use with the fonts registered
 * from node_modules, resolved from the project root (not the bundle).
 */
function cardCanvas(): Canvas {
  if (canvas) return canvas;
  const require = createRequire(join(process.cwd(), 'package.json'));
  for (const subset of FONT_SUBSETS) {
    for (const weight of FONT_WEIGHTS) GlobalFonts.registerFromPath(require.resolve(fontFile(subset, weight)), familyName(subset, weight));
  }
  canvas = createCanvas(CARD_WIDTH, CARD_HEIGHT);
  return canvas;
}

/** Text measured as Skia will draw it (letter spacing included). */
export function measureInCardFonts(text: string, font: CardFont): number {
  const context = cardCanvas().getContext('2d');
  setFont(context, font);
  return context.measureText(text).width;
}

// --- Drawing, cache ------------------------------------------------------------------------

function paint(context: SKRSContext2D, marks: CardMark[]): void {
  context.lineCap = 'round';
  context.lineJoin = 'round';
  for (const mark of marks) {
    switch (mark.kind) {
      case 'box':
        context.fillStyle = mark.color;
        context.fillRect(mark.x, mark.y, mark.width, mark.height);
        break;
      case 'pill': {
        const inset = mark.lineWidth / 2;
        context.strokeStyle = mark.color;
        context.lineWidth = mark.lineWidth;
        context.beginPath();
        context.roundRect(mark.x + inset, mark.y + inset, mark.width - mark.lineWidth, mark.height - mark.lineWidth, (mark.height - mark.lineWidth) / 2);
        context.stroke();
        break;
      }
      case 'path': {
        context.save();
        context.translate(mark.x, mark.y);
        context.scale(mark.scale, mark.scale);
        const path = new Path2D(mark.d);
        if (mark.strokeWidth === undefined) {
          context.fillStyle = mark.color;
          context.fill(path);
        } else {
          context.strokeStyle = mark.color;
          context.lineWidth = mark.strokeWidth;
          context.stroke(path);
        }
        context.restore();
        break;
      }
      case 'text':
        setFont(context, mark.font);
        context.fillStyle = mark.color;
        context.fillText(mark.text, mark.x, mark.y);
        break;
    }
  }
}

/** The card drawn last, or being drawn: the next one waits for it. */
let lastDrawn: Promise<unknown> = Promise.resolve();

/**
 * The card as PNG. Skia draws on this thread (about a millisecond) and encodes on libuv's thread
 * pool, so the build renders other pages meanwhile. One card at a time: the pixels handed to the
 * encoder are copied on this thread, cheaply into memory used before, but at about 10 ms into
 * the fresh memory that each of several cards encoded at once would need.
 */
function draw(marks: CardMark[]): Promise<Buffer> {
  const png = lastDrawn.then(() => {
    const canvas = cardCanvas();
    paint(canvas.getContext('2d'), marks);
    // zlib's fast level 3 with no row filter: flat colours compress as well as with filters, at a
    // quarter of the time of the defaults (level 6, every filter tried on every row).
    return canvas.encode('png', { compressionLevel: 3, filters: PngFilter.None });
  });
  lastDrawn = png.catch(() => undefined);
  return png;
}

/** Bump to drop every cached card (e.g. after a Skia upgrade that changes output). */
const RENDERER_VERSION = 'napi-rs-canvas-1.2/1';

export const SHARE_CARD_CACHE_DIR = join(CACHE_DIR, 'og');

/** The cache key: everything drawn (text, positions, colours), the fonts and the renderer. */
export function cardHash(marks: CardMark[]): string {
  const fontList = FONT_SUBSETS.flatMap((subset) => FONT_WEIGHTS.map((weight) => fontFile(subset, weight)));
  return createHash('sha256').update(JSON.stringify({ marks, fontList, RENDERER_VERSION })).digest('hex').slice(0, 32);
}

/**
 * The card as PNG bytes: from the cache when the same card was drawn before, else drawn and
 * stored (written under a temporary name and renamed, so a parallel build never reads half a file).
 */
export async function renderShareCard(card: ShareCard, cacheDir = join(process.cwd(), SHARE_CARD_CACHE_DIR)): Promise<Uint8Array> {
  const marks = cardMarks(card);
  const file = join(cacheDir, `${cardHash(marks)}.png`);
  if (existsSync(file)) return new Uint8Array(await readFile(file));
  const png = await draw(marks);
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
