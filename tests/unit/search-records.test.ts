import { describe, expect, test } from 'vitest';
import { recordHtml, searchRecords, sortKey } from '../../src/lib/search-records.ts';
import { smallContent } from './fixtures/small-site.ts';

const { records, counts } = searchRecords(smallContent());
const record = (url: string) => {
  const found = records.find((candidate) => candidate.url === url);
  if (!found) throw new Error(`no record ${url}`);
  return found;
};

describe('search records from the content', () => {
  test('one record per article, person, country and summit; quotes and commitments are items of their article', () => {
    expect(records.map(({ url }) => url).sort()).toEqual(
      [
        '/articles/paris-summit/',
        '/actors/keir-starmer/',
        '/actors/emmanuel-macron/',
        '/countries/gb/',
        '/countries/fr/',
        '/countries/coalition/',
        '/summits/paris-2026-01-06/',
      ].sort(),
    );
    expect(record('/articles/paris-summit/').items.map(({ item }) => item.url)).toEqual([
      '/articles/paris-summit/',
      '/quotes/macron-unity/',
      '/quotes/starmer-hubs/',
      '/commitments/uk-france-hubs/',
      '/commitments/coalition-unity/',
    ]);
  });

  test('items carry their URL, type, filter values and result-card lines as pages show them', () => {
    const items = new Map(records.flatMap(({ items: inside }) => inside.map(({ item }) => [item.url, item])));
    expect(items.get('/articles/paris-summit/')).toEqual({
      url: '/articles/paris-summit/',
      type: 'article',
      filters: { country: ['gb', 'fr', 'coalition'] },
      title: 'Paris summit',
      who: 'Leaders’ meeting, Paris, France',
      date: '2026-01-07',
      when: '7 January 2026',
    });
    expect(items.get('/quotes/macron-unity/')).toEqual({
      url: '/quotes/macron-unity/',
      type: 'quote',
      filters: { speaker: ['emmanuel-macron'], country: ['fr'], lang: ['fr'] },
      title: '“An unprecedented unity”',
      who: 'Emmanuel Macron',
      date: '2026-01-06',
      when: '6 January 2026',
    });
    expect(items.get('/commitments/uk-france-hubs/')).toMatchObject({
      type: 'commitment',
      filters: { country: ['gb', 'fr'], domain: ['land', 'equipment'], status: ['conditional'] },
      title: 'Military hubs',
      who: 'United Kingdom, France',
      date: '2026-02-01',
      when: 'Conditional, as of 1 February 2026',
    });
    expect(items.get('/actors/keir-starmer/')).toEqual({ url: '/actors/keir-starmer/', type: 'actor', filters: { country: ['gb'] }, title: 'Keir Starmer', who: 'Prime Minister of the United Kingdom' });
    expect(items.get('/summits/paris-2026-01-06/')).toMatchObject({ type: 'summit', filters: { country: ['gb', 'fr'] }, when: '6 January 2026' });
  });

  test('a quote is searchable in its original words and its translation; an article by its body without Markdown', () => {
    const article = record('/articles/paris-summit/');
    expect(article.items[1]?.words).toEqual(['Une unité sans précédent </script><!--', 'An unprecedented unity']);
    const body = article.items[0]?.words.join('\n') ?? '';
    expect(body).toContain('leaders');
    expect(body).toContain('in Paris');
    expect(body).toContain('Talks go on.');
    expect(body).not.toMatch(/news\.test|\*\*|##|<b>/);
  });

  test('other spellings and parties find the items they name, one group per distinct list of names', () => {
    expect(record('/articles/paris-summit/').names).toEqual([
      { words: ['Emmanuel Macron'], items: [1] },
      { words: ['Keir Starmer', 'Kier Starmer'], items: [2] },
      { words: ['United Kingdom'], items: [3] },
      { words: ['France'], items: [3] },
      { words: ['Coalition of the Willing'], items: [4] },
    ]);
    expect(record('/actors/keir-starmer/').names).toEqual([{ words: ['Kier Starmer'], items: [0] }]);
    expect(record('/countries/gb/').names).toEqual([{ words: ['uk'], items: [0] }]);
  });

  test('sort keys are days, undated records all zeros; counts are over every item', () => {
    expect(sortKey('2026-01-06T18:30:00+01:00')).toBe('20260106');
    expect(record('/actors/keir-starmer/').sort).toBe('00000000');
    expect(record('/articles/paris-summit/').sort).toBe('20260107');
    expect(counts.type).toEqual({ article: 1, quote: 2, commitment: 2, actor: 2, country: 3, summit: 1 });
    expect(counts.speaker).toEqual({ 'keir-starmer': 1, 'emmanuel-macron': 1 });
  });
});

describe('the HTML Pagefind indexes for a record', () => {
  const html = recordHtml(record('/articles/paris-summit/'));

  test('filters are the union of its items’ values; the sort key and the title are the page’s', () => {
    for (const pair of ['type:article', 'type:quote', 'type:commitment', 'speaker:keir-starmer', 'lang:fr', 'status:pledged', 'domain:coordination']) {
      expect(html).toContain(`data-pagefind-filter="${pair}"`);
    }
    expect(html).toContain('data-pagefind-sort="date:20260107"');
    expect(html).toContain('data-pagefind-meta="title[data-value]" data-value="Paris summit"');
  });

  test('each item and group of names starts at an anchor whose title it is; all text is escaped', () => {
    expect(html.match(/<div id="i\d+"/g)).toHaveLength(5);
    expect(html).toContain('<div id="n1" data-pagefind-title="[2]"></div><p>Keir Starmer</p><p>Kier Starmer</p>');
    expect(html).toContain('<p>Une unité sans précédent &lt;/script&gt;&lt;!--</p>');
    expect(html).toContain('we will build hubs, &quot;protected&quot; ones,');
    expect(html).not.toContain('</script><!--');
  });
});
