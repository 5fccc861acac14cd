/**
 * Debian's `python3-feedparser`, the reference feed parser, run on Atom documents: what a feed
 * reader would make of them. `bozo` is 1 when the parser met any fault in a document.
 */
import { execFileSync } from 'node:child_process';

export interface ParsedFeed {
  bozo: number;
  bozoException: string;
  version: string;
  feed: { id?: string; title?: string; updated?: string; links: { rel: string; href: string }[] };
  entries: { id?: string; title?: string; summary?: string; updated?: string; link?: string }[];
}

// Reads a JSON list of documents on stdin, writes a JSON list of what feedparser found in each.
const SCRIPT = `
import json, sys, feedparser
out = []
for text in json.load(sys.stdin):
    d = feedparser.parse(text)
    out.append({
        "bozo": int(d.bozo),
        "bozoException": str(d.get("bozo_exception", "")),
        "version": d.version,
        "feed": {
            "id": d.feed.get("id"), "title": d.feed.get("title"), "updated": d.feed.get("updated"),
            "links": [{"rel": l.get("rel"), "href": l.get("href")} for l in d.feed.get("links", [])],
        },
        "entries": [
            {"id": e.get("id"), "title": e.get("title"), "summary": e.get("summary"),
             "updated": e.get("updated"), "link": e.get("link")}
            for e in d.entries
        ],
    })
json.dump(out, sys.stdout)
`;

/** Parses each document with feedparser, in one Python process. */
export function parseFeeds(documents: readonly string[]): ParsedFeed[] {
  // Debian's own Python, which holds python3-feedparser (a python3 earlier on PATH may not).
  const output = execFileSync('/usr/bin/python3', ['-c', SCRIPT], {
    input: JSON.stringify(documents),
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  return JSON.parse(output) as ParsedFeed[];
}
