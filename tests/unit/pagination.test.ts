import { describe, expect, test } from 'vitest';
import { firstPageOfKeys, listPagePaths, pageNote, pageParam, paginate } from '../../src/lib/pagination.ts';

describe('paginate', () => {
  test('splits a list into pages of the given size, in order', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((page) => [page.number, page.total])).toEqual([[1, 3], [2, 3], [3, 3]]);
  });

  test('an empty list still has its first page', () => {
    expect(paginate([], 10)).toEqual([{ number: 1, total: 1, items: [], runs: [] }]);
  });

  test('refuses a page size below 1', () => {
    expect(() => paginate([1], 0)).toThrow(RangeError);
  });

  test('groups consecutive items by key and marks a run that crosses a page break as continued', () => {
    const items = ['a1', 'a2', 'a3', 'b1', 'c1', 'c2'];
    const pages = paginate(items, 2, (item) => item[0]);
    expect(pages.map((page) => page.runs)).toEqual([
      [{ key: 'a', items: ['a1', 'a2'], continued: false }],
      [
        { key: 'a', items: ['a3'], continued: true },
        { key: 'b', items: ['b1'], continued: false },
      ],
      [{ key: 'c', items: ['c1', 'c2'], continued: false }],
    ]);
    expect(firstPageOfKeys(pages)).toEqual(new Map([['a', 1], ['b', 2], ['c', 3]]));
  });
});

test('pageParam: no parameter for the first page', () => {
  expect(pageParam(1)).toBeUndefined();
  expect(pageParam(2)).toBe('page/2');
});

test('pageNote: only for a list of several pages', () => {
  expect(pageNote({ number: 1, total: 1 })).toBe('');
  expect(pageNote({ number: 2, total: 5 })).toBe(' (page 2 of 5)');
});

test('listPagePaths: one static path per page, the first at the list\'s own address, each keyed by the content', () => {
  const paths = listPagePaths(paginate(['a', 'b', 'c'], 2), 'content-key');
  expect(paths).toEqual([
    { params: { page: undefined }, props: { page: expect.objectContaining({ number: 1, items: ['a', 'b'] }) }, cacheKey: 'content-key' },
    { params: { page: 'page/2' }, props: { page: expect.objectContaining({ number: 2, items: ['c'] }) }, cacheKey: 'content-key' },
  ]);
});
