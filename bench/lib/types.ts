/** The shape of `bench/results/latest.json`. */
import type { CorpusSummary } from '../generate.ts';
import type { PageLoad, SearchMeasure } from './browser.ts';
import type { BuildMeasure, OutputMeasure } from './measure.ts';
import type { StaticWeight } from './weight.ts';

export type Site = 'ours' | 'floor';
export type Mode = 'cold' | 'warm';

export interface BuildResult extends BuildMeasure {
  output: OutputMeasure;
  /** Phases as printed, plus `other`: the rest of the wall time (npm, Node and Astro start-up, publishing). */
  phasesWithOther: Record<string, number>;
  /** Seconds spent rendering share images, left out of the cold ratio. */
  shareImageSeconds: number;
  /** Where that figure comes from: a phase the build printed, or the images' file times. */
  shareImageSource: 'phase' | 'file times' | 'none';
  /** Milliseconds of the whole build per emitted HTML page. */
  msPerPage: number;
  /** The same without share-image rendering. */
  msPerPageWithoutImages: number;
  /** CPU seconds of the whole process tree (user + system), steadier than wall time on a busy machine. */
  cpuSeconds?: number;
  /** CPU milliseconds per page (cold: share-image phases counted at their wall time and left out). */
  cpuMsPerPage?: number;
  /** Runs made (`--repeat`); the fastest is the one reported. */
  runs: number;
  /** Wall seconds of every run, in the order they ran. */
  allSeconds: number[];
  /** What the build left behind as caches (what a cold build removes). */
  caches: string[];
  /** Images in those caches, and how many this build wrote (re-rendered). */
  cachedImages: { total: number; written: number };
}

export interface SizeResult {
  articles: number;
  corpus: CorpusSummary;
  builds: Partial<Record<Site, Partial<Record<Mode, BuildResult>>>>;
  /** ours per page ÷ floor per page, wall time (cold: without share images). */
  ratio: Partial<Record<Mode, number>>;
  /** The same in CPU time: less disturbed by other work on the machine. */
  cpuRatio: Partial<Record<Mode, number>>;
}

export interface Check {
  name: string;
  limit: string;
  value: string;
  /** undefined when it could not be measured in this run. */
  pass?: boolean;
}

export interface BenchResult {
  date: string;
  /** Written while the bench runs (after every build) or after it was stopped: not every figure is there. */
  status: 'running' | 'complete' | 'interrupted';
  command: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; astro: string; pagefind: string };
  code: string;
  sizes: SizeResult[];
  /** Seconds at the largest size ÷ seconds at the smallest. */
  growth?: { from: number; to: number; ours: Partial<Record<Mode, number>>; floor: Partial<Record<Mode, number>> };
  pageWeight?: { articles: number; static: StaticWeight; loads: PageLoad[] };
  /** From navigation to `/search/?q=<word>`: what the acceptance checks read. */
  search?: SearchMeasure & { articles: number; words: string[] };
  /** The same words typed on a loaded `/search/`: the wait after the reader asks. */
  searchFromQuery?: SearchMeasure & { articles: number; words: string[] };
  /** The same words typed in the header's search box of an article page: the navigation to `/search/?q=` included. */
  searchFromHeader?: SearchMeasure & { articles: number; words: string[] };
  /** The same, sent to the bench's search floor page (an answer from a precomputed file), in the same run. */
  searchFloor?: SearchMeasure & { articles: number; words: string[] };
  checks: Check[];
}
