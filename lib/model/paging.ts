/** One page of an account-wide list, filtered, sorted and cut on the server. */
export interface ListPage<T> {
  items: T[];
  /** Rows matching the filter. */
  matching: number;
  /** Rows in the account. */
  total: number;
  /** The page shown (1-based, clamped to `pageCount`). */
  page: number;
  pageCount: number;
}

/** What a list page or an options route was asked for (from its URL). */
export interface ListQuery {
  filter: string;
  page: number;
  /** Column id to sort by; each list names its default. */
  sort?: string;
  descending: boolean;
}
