/**
 * The web editing desk's own code, loaded before Sveltia CMS (src/admin/index.html): it saves
 * content files with the canonical YAML writer, and adds the two fields Sveltia lacks (an id from
 * this article's own sources, and a commitment's evidence). Bundled by scripts/build/admin.ts.
 */
import { parse } from 'yaml';
import { splitFrontmatter, toCanonicalYaml, toMarkdownFile } from '../lib/content-yaml.ts';
import type { FieldOrder } from '../lib/field-order.ts';
import { CONTENT_FORMATS, EVIDENCE_WIDGET, SAME_ENTRY_WIDGET } from '../lib/cms-names.ts';

/** Field order of each collection, from the zod schemas (defined by the bundler). */
declare const FIELD_ORDER: { articles: FieldOrder; actors: FieldOrder; countries: FieldOrder; summits: FieldOrder };

type Element = unknown;
type Props = Record<string, unknown>;
interface Component {
  props: Props;
}
interface Desk {
  registerCustomFormat(name: string, extension: string, handlers: { fromFile(text: string): unknown; toFile(value: unknown): string }): void;
  registerFieldType(name: string, control: unknown): void;
  init(): Promise<void>;
}
const page = window as unknown as {
  CMS: Desk;
  CMS_MANUAL_INIT: boolean;
  h: (tag: string, props: Props | null, ...children: unknown[]) => Element;
  createClass: (spec: Record<string, unknown>) => unknown;
};

// Sveltia starts itself as soon as it loads unless told otherwise: we register first.
page.CMS_MANUAL_INIT = true;

/**
 * Sveltia fetches two things from a CDN: its UI translations, which are served here instead
 * (copied from the package), and a check for newer versions, which is switched off: the desk
 * works with no internet, and its version is pinned in package.json.
 */
const SVELTIA_CDN = /^https:\/\/unpkg\.com\/@sveltia\/cms(@[^/]+)?\//;
const fetchFromNetwork = window.fetch.bind(window);
window.fetch = (input, init) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const path = url.replace(SVELTIA_CDN, '');
  if (path === url) return fetchFromNetwork(input, init);
  if (path.startsWith('locales/')) return fetchFromNetwork(new URL(path, document.baseURI), init);
  return Promise.reject(new TypeError(`The editing desk works offline: not fetching ${url}`));
};

interface ControlProps {
  value: unknown;
  onChange(value: unknown): void;
  forID: string;
  classNameWrapper: string;
  field: { get(key: string): unknown };
  entry?: { getIn(path: string[]): unknown };
}

/** Sveltia hands entry data as Immutable-style values or plain ones: read either as plain data. */
const plain = (value: unknown): unknown =>
  value && typeof (value as { toJS?: unknown }).toJS === 'function' ? (value as { toJS(): unknown }).toJS() : value;

/** The ids of the items of one of the entry's own lists (`sources`, `quotes`). */
function idsIn(props: ControlProps, list: string): string[] {
  const items = plain(props.entry?.getIn(['data', list]));
  if (!Array.isArray(items)) return [];
  return items.map((item) => (item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined)).filter((id): id is string => typeof id === 'string' && id !== '');
}

function select(props: ControlProps, id: string, value: string, options: [string, string][], onChange: (value: string) => void): Element {
  const { h } = page;
  return h(
    'select',
    { id, className: props.classNameWrapper, value, onChange: (event: { target: { value: string } }) => onChange(event.target.value) },
    ...options.map(([optionValue, label]) => h('option', { key: optionValue, value: optionValue }, label)),
  );
}

/** `via`: one of this article's source ids. */
const sameEntryControl = () =>
  page.createClass({
    render(this: Component) {
      const props = this.props as unknown as ControlProps;
      const ids = idsIn(props, String(props.field.get('list')));
      const value = typeof props.value === 'string' ? props.value : '';
      return select(props, props.forID, value, [['', '(none)'], ...ids.map((id): [string, string] => [id, id])], (next) => props.onChange(next || undefined));
    },
  });

const PASSAGE = '\u0000passage';

/** One piece of evidence: a quote id of this article, or a passage of one of its sources. */
const evidenceControl = () =>
  page.createClass({
    render(this: Component) {
      const { h } = page;
      const props = this.props as unknown as ControlProps;
      const value = props.value;
      const passage = value && typeof value === 'object' ? (value as { source?: string; says?: string }) : undefined;
      const quotes = idsIn(props, 'quotes');
      const sources = idsIn(props, 'sources');
      const kind = passage ? PASSAGE : typeof value === 'string' ? value : '';
      const choose = select(
        props,
        props.forID,
        kind,
        [['', '(choose)'], ...quotes.map((id): [string, string] => [id, `Quote: ${id}`]), [PASSAGE, 'A passage of a source…']],
        (next) => props.onChange(next === PASSAGE ? { source: sources[0] ?? '', says: '' } : next || undefined),
      );
      if (!passage) return h('div', null, choose);
      return h(
        'div',
        null,
        choose,
        h('label', { htmlFor: `${props.forID}-source` }, 'Source'),
        select(props, `${props.forID}-source`, passage.source ?? '', sources.map((id): [string, string] => [id, id]), (source) => props.onChange({ ...passage, source })),
        h('label', { htmlFor: `${props.forID}-says` }, 'The source’s words, verbatim'),
        h('textarea', {
          id: `${props.forID}-says`,
          className: props.classNameWrapper,
          value: passage.says ?? '',
          onChange: (event: { target: { value: string } }) => props.onChange({ ...passage, says: event.target.value }),
        }),
      );
    },
  });

const asRecord = (value: unknown) => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});

document.addEventListener('DOMContentLoaded', () => {
  const { CMS } = page;
  CMS.registerCustomFormat(CONTENT_FORMATS.articles, 'md', {
    fromFile: (text) => {
      const parts = splitFrontmatter(text);
      return parts ? { ...asRecord(parse(parts.frontmatter)), body: parts.body.replace(/^(?:[ \t]*\r?\n)+/, '') } : { body: text };
    },
    toFile: (value) => {
      const { body, ...data } = asRecord(value);
      return toMarkdownFile(data, typeof body === 'string' ? body : '', FIELD_ORDER.articles);
    },
  });
  for (const collection of ['actors', 'countries', 'summits'] as const) {
    CMS.registerCustomFormat(CONTENT_FORMATS[collection], 'yaml', {
      fromFile: (text) => asRecord(parse(text)),
      toFile: (value) => toCanonicalYaml(value, FIELD_ORDER[collection]),
    });
  }
  CMS.registerFieldType(SAME_ENTRY_WIDGET, sameEntryControl());
  CMS.registerFieldType(EVIDENCE_WIDGET, evidenceControl());
  void CMS.init();
});
