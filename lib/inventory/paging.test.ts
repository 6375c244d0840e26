import { describe, expect, it } from 'vitest';
import { listQuery, pageOf } from './paging';

describe('listQuery', () => {
  it.each([
    { params: {}, query: { filter: '', page: 1, sort: undefined, descending: false } },
    {
      params: { q: 'pay', page: '3', sort: 'id', desc: 'true' },
      query: { filter: 'pay', page: 3, sort: 'id', descending: true },
    },
    { params: { page: '0' }, query: { filter: '', page: 1, sort: undefined, descending: false } },
    { params: { page: 'abc', desc: 'yes' }, query: { filter: '', page: 1, sort: undefined, descending: false } },
    { params: { page: '2.7', q: ['a', 'b'] }, query: { filter: '', page: 2, sort: undefined, descending: false } },
  ])('$params', ({ params, query }) => {
    expect(listQuery(params)).toEqual(query);
    expect(
      listQuery(new URLSearchParams(Object.entries(params).filter(([, v]) => typeof v === 'string') as string[][])),
    ).toEqual(listQuery(Object.fromEntries(Object.entries(params).filter(([, v]) => typeof v === 'string'))));
  });
});

describe('pageOf', () => {
  const rows = [
    { id: 'b', n: 10 },
    { id: 'a', n: 2 },
    { id: 'c', n: 1 },
    { id: 'ab', n: 3 },
  ];
  const options = {
    searchText: (r: { id: string }) => r.id,
    sortBy: { id: (r: { id: string }) => r.id, n: (r: { n: number }) => r.n },
    pageSize: 2,
  };
  it.each([
    { query: {}, ids: ['a', 'ab'], matching: 4, page: 1, pageCount: 2 },
    { query: { page: 2 }, ids: ['b', 'c'], matching: 4, page: 2, pageCount: 2 },
    { query: { page: 7 }, ids: ['b', 'c'], matching: 4, page: 2, pageCount: 2 },
    { query: { sort: 'n' }, ids: ['c', 'a'], matching: 4, page: 1, pageCount: 2 },
    { query: { sort: 'n', descending: true }, ids: ['b', 'ab'], matching: 4, page: 1, pageCount: 2 },
    { query: { sort: 'unknown' }, ids: ['a', 'ab'], matching: 4, page: 1, pageCount: 2 },
    { query: { filter: 'A' }, ids: ['a', 'ab'], matching: 2, page: 1, pageCount: 1 },
    { query: { filter: 'a b' }, ids: ['ab'], matching: 1, page: 1, pageCount: 1 },
    { query: { filter: 'zzz' }, ids: [], matching: 0, page: 1, pageCount: 1 },
  ])('$query', ({ query, ids, matching, page, pageCount }) => {
    const result = pageOf(rows, { filter: '', page: 1, descending: false, ...query }, options);
    expect(result).toEqual({
      items: ids.map((id) => rows.find((r) => r.id === id)),
      matching,
      total: 4,
      page,
      pageCount,
    });
  });
});
