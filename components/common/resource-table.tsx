'use client';

import { useLayoutEffect, useMemo, useRef } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useCollection } from '@cloudscape-design/collection-hooks';
import { useUrlParam } from './url-state';

/** Names of the pagination buttons; without them the arrows are unnamed buttons (axe: button-name). */
export const PAGINATION_LABELS = {
  nextPageLabel: 'Next page',
  previousPageLabel: 'Previous page',
  pageLabel: (n: number) => `Page ${n}`,
};

export interface ResourceColumn<T> {
  id: string;
  header: string;
  cell: (item: T) => React.ReactNode;
  /** Value the column sorts by; omit for an unsortable column. Also what the text filter matches unless `filterText` is set. */
  sortValue?: (item: T) => string | number | boolean | undefined;
  /** Text the filter matches in this column (for columns whose sort value is not what the user reads). */
  filterText?: (item: T) => string | undefined;
  width?: number;
  /** Narrowest the column may get (px), for names that should not wrap into a tall column. */
  minWidth?: number;
}

export interface ResourceTableProps<T> {
  items: readonly T[];
  columns: ResourceColumn<T>[];
  /** Stable key of a row. */
  trackBy: (item: T) => string;
  /** Table header, e.g. "Private REST APIs". */
  title: string;
  description?: React.ReactNode;
  /** Singular and plural noun for counts, placeholder and empty text, e.g. ["private API", "private APIs"]. */
  noun: [string, string];
  /** Shown when there are no items at all (a sentence, or a call to action). */
  empty?: React.ReactNode;
  /** Buttons in the table header. */
  actions?: React.ReactNode;
  /** Search parameter that mirrors the filter text (default "q"; give each table on a page its own). */
  filterParam?: string;
  loading?: boolean;
  pageSize?: number;
  defaultSort?: { columnId: string; descending?: boolean };
  /** Row selection for pages that act on rows. */
  selectionType?: 'single' | 'multi';
  selectedItems?: T[];
  onSelectionChange?: (items: T[]) => void;
  variant?: TableProps['variant'];
  /** Wrap long cell text (default true); turn off for dense tables of ids. */
  wrapLines?: boolean;
  headerVariant?: 'h1' | 'h2' | 'h3';
}

function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children?: React.ReactNode;
  action?: React.ReactNode;
}) {
  return (
    <Box textAlign="center" color="inherit" padding={{ vertical: 's' }}>
      <SpaceBetween size="xxs">
        <Box variant="strong" color="inherit">
          {title}
        </Box>
        {children && (
          <Box variant="p" color="inherit">
            {children}
          </Box>
        )}
        {action}
      </SpaceBetween>
    </Box>
  );
}

/**
 * The console's one table: text filter (mirrored in the URL), sortable columns, pagination, counts, empty,
 * no-match and loading states. Column cells are functions, so tables are declared in client views.
 */
export function ResourceTable<T>(props: ResourceTableProps<T>) {
  const {
    items,
    columns,
    trackBy,
    title,
    description,
    noun,
    empty,
    actions,
    filterParam = 'q',
    loading,
    pageSize = 20,
    defaultSort,
  } = props;
  const [urlFilter, setUrlFilter] = useUrlParam(filterParam);
  const [singular, plural] = noun;

  // Cloudscape matches the active sort column by comparator identity, and views rebuild `columns` on every render:
  // comparators are therefore made once per column id and read the latest column definitions through a ref.
  const latest = useRef(columns);
  useLayoutEffect(() => {
    latest.current = columns;
  });
  const sortableIds = columns
    .filter((c) => c.sortValue)
    .map((c) => c.id)
    .join('|');
  const comparators = useMemo(
    () =>
      new Map(
        sortableIds
          .split('|')
          .filter(Boolean)
          .map((id) => [
            id,
            (a: T, b: T) => {
              const sortValue = latest.current.find((c) => c.id === id)?.sortValue;
              return sortValue ? compare(sortValue(a), sortValue(b)) : 0;
            },
          ]),
      ),
    [sortableIds],
  );
  const columnDefinitions: TableProps.ColumnDefinition<T>[] = columns.map((c) => ({
    id: c.id,
    header: c.header,
    cell: c.cell,
    width: c.width,
    minWidth: c.minWidth,
    sortingComparator: comparators.get(c.id),
  }));
  const sortColumn = defaultSort ? columnDefinitions.find((c) => c.id === defaultSort.columnId) : undefined;

  const {
    items: visible,
    actions: collection,
    filteredItemsCount,
    collectionProps,
    filterProps,
    paginationProps,
  } = useCollection(items, {
    filtering: {
      filteringFunction: (item, text) => {
        const needle = text.trim().toLowerCase();
        if (!needle) return true;
        return columns.some((c) =>
          String((c.filterText ?? c.sortValue)?.(item) ?? '')
            .toLowerCase()
            .includes(needle),
        );
      },
      defaultFilteringText: urlFilter,
    },
    sorting: sortColumn ? { defaultState: { sortingColumn: sortColumn, isDescending: defaultSort?.descending } } : {},
    pagination: { pageSize },
    selection: props.selectionType ? { trackBy: (item: T) => trackBy(item) } : undefined,
  });

  const filtering = filterProps.filteringText.trim() !== '';
  // The table shows this only when no row is visible: either there are none, or the filter hides them all.
  const emptyState =
    items.length === 0 ? (
      <EmptyState title={`No ${plural}`}>{empty}</EmptyState>
    ) : (
      <EmptyState
        title="No matches"
        action={
          <Button
            onClick={() => {
              collection.setFiltering('');
              setUrlFilter('');
            }}
          >
            Clear filter
          </Button>
        }
      >
        No {plural} match the filter.
      </EmptyState>
    );
  const { onSelectionChange } = props;
  const counter =
    filtering && filteredItemsCount !== undefined ? `(${filteredItemsCount}/${items.length})` : `(${items.length})`;

  return (
    <Table<T>
      {...collectionProps}
      empty={emptyState}
      data-testid="resource-table"
      items={visible}
      columnDefinitions={columnDefinitions}
      trackBy={trackBy}
      variant={props.variant ?? 'container'}
      wrapLines={props.wrapLines ?? true}
      loading={loading}
      loadingText={`Loading ${plural}`}
      selectionType={props.selectionType}
      selectedItems={props.selectedItems}
      onSelectionChange={onSelectionChange ? ({ detail }) => onSelectionChange(detail.selectedItems) : undefined}
      ariaLabels={
        props.selectionType
          ? {
              selectionGroupLabel: `${title} selection`,
              itemSelectionLabel: (_, item) => `Select ${singular} ${trackBy(item)}`,
              allItemsSelectionLabel: () => `Select all ${plural}`,
            }
          : undefined
      }
      header={
        <Header
          variant={props.headerVariant ?? 'h2'}
          counter={loading ? undefined : counter}
          description={description}
          actions={actions}
        >
          {title}
        </Header>
      }
      filter={
        <TextFilter
          {...filterProps}
          filteringPlaceholder={`Find ${plural}`}
          filteringAriaLabel={`Filter ${plural}`}
          countText={
            filtering ? `${filteredItemsCount ?? 0} ${filteredItemsCount === 1 ? 'match' : 'matches'}` : undefined
          }
          onChange={(e) => {
            filterProps.onChange(e);
            setUrlFilter(e.detail.filteringText);
          }}
        />
      }
      pagination={<Pagination {...paginationProps} ariaLabels={PAGINATION_LABELS} />}
    />
  );
}

type SortValue = ReturnType<NonNullable<ResourceColumn<unknown>['sortValue']>>;

function compare(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), undefined, { numeric: true, sensitivity: 'base' });
}
