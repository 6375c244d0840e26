'use client';

import { useState, useTransition } from 'react';
import { parseAsBoolean, parseAsInteger, parseAsString, useQueryStates } from 'nuqs';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import type { ListPage } from '@/lib/model/paging';
import { PAGINATION_LABELS } from '@/components/common/resource-table';

export interface PagedColumn<T> {
  id: string;
  header: string;
  cell: (item: T) => React.ReactNode;
  /** The server sorts by this column's id when true. */
  sortable?: boolean;
  width?: number;
  minWidth?: number;
}

/** The list state in the URL (`q`, `page`, `sort`, `desc`): a change re-renders the page on the server. */
const LIST_STATE = {
  q: parseAsString.withDefault(''),
  page: parseAsInteger.withDefault(1),
  sort: parseAsString.withDefault(''),
  desc: parseAsBoolean.withDefault(false),
};

/**
 * A table over one server-side page of an account-wide list: filtering, sorting and paging change the URL (nuqs,
 * non-shallow), the server answers with the next page, so the HTML holds the rows shown, never the whole account.
 * Reads like `ResourceTable` (same filter label, counts, empty and no-match states). Props: `page` (the rows and
 * counts), `columns`, `title`, `noun` (singular, plural), `defaultSort` (the column the server sorts by without
 * `?sort=`), `empty` (shown when the account has none).
 */
export function ServerPagedTable<T>({
  page,
  columns,
  trackBy,
  title,
  noun,
  defaultSort,
  empty,
  wrapLines = true,
}: {
  page: ListPage<T>;
  columns: PagedColumn<T>[];
  trackBy: (item: T) => string;
  title: string;
  noun: [string, string];
  defaultSort: string;
  empty?: React.ReactNode;
  wrapLines?: boolean;
}) {
  const [loading, startTransition] = useTransition();
  const [state, setState] = useQueryStates(LIST_STATE, {
    shallow: false,
    history: 'replace',
    clearOnDefault: true,
    startTransition,
  });
  const [text, setText] = useState(state.q);
  const plural = noun[1];
  const filtering = state.q !== '';
  const change = (next: Partial<typeof state>) => void setState(next);

  const columnDefinitions: TableProps.ColumnDefinition<T>[] = columns.map((c) => ({
    id: c.id,
    header: c.header,
    cell: c.cell,
    width: c.width,
    minWidth: c.minWidth,
    sortingField: c.sortable ? c.id : undefined,
  }));
  const sortId = state.sort || defaultSort;
  const counter = filtering ? `(${page.matching}/${page.total})` : `(${page.total})`;

  return (
    <Table<T>
      data-testid="resource-table"
      variant="container"
      items={page.items}
      trackBy={trackBy}
      wrapLines={wrapLines}
      loading={loading}
      loadingText={`Loading ${plural}`}
      columnDefinitions={columnDefinitions}
      sortingColumn={{ sortingField: sortId }}
      sortingDescending={state.desc}
      onSortingChange={({ detail }) =>
        change({
          sort: detail.sortingColumn.sortingField === defaultSort ? '' : (detail.sortingColumn.sortingField ?? ''),
          desc: detail.isDescending ?? false,
          page: 1,
        })
      }
      header={
        <Header variant="h2" counter={loading ? undefined : counter}>
          {title}
        </Header>
      }
      filter={
        <TextFilter
          filteringText={text}
          filteringPlaceholder={`Find ${plural}`}
          filteringAriaLabel={`Filter ${plural}`}
          countText={filtering ? `${page.matching} ${page.matching === 1 ? 'match' : 'matches'}` : undefined}
          onChange={({ detail }) => setText(detail.filteringText)}
          onDelayedChange={({ detail }) => change({ q: detail.filteringText.trim(), page: 1 })}
        />
      }
      pagination={
        <Pagination
          ariaLabels={PAGINATION_LABELS}
          currentPageIndex={page.page}
          pagesCount={page.pageCount}
          onChange={({ detail }) => change({ page: detail.currentPageIndex })}
        />
      }
      empty={
        <Box textAlign="center" color="inherit" padding={{ vertical: 's' }}>
          {page.total === 0 ? (
            <SpaceBetween size="xxs">
              <Box variant="strong" color="inherit">
                No {plural}
              </Box>
              {empty && (
                <Box variant="p" color="inherit">
                  {empty}
                </Box>
              )}
            </SpaceBetween>
          ) : (
            <SpaceBetween size="xxs">
              <Box variant="strong" color="inherit">
                No matches
              </Box>
              <Box variant="p" color="inherit">
                No {plural} match the filter.
              </Box>
              <Button
                onClick={() => {
                  setText('');
                  change({ q: '', page: 1 });
                }}
              >
                Clear filter
              </Button>
            </SpaceBetween>
          )}
        </Box>
      }
    />
  );
}
