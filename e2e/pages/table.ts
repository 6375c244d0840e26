import type { Locator, Page } from '@playwright/test';

/** A `ResourceTable` (components/common/resource-table.tsx), found by its heading. */
export class ResourceTable {
  readonly root: Locator;
  readonly heading: Locator;
  readonly rows: Locator;
  readonly filter: Locator;

  constructor(page: Page | Locator, title: string) {
    const scope = page;
    this.root = scope
      .locator('[data-testid="resource-table"]')
      .filter({ has: scope.getByRole('heading', { name: title }) });
    this.heading = this.root.getByRole('heading', { name: title });
    this.rows = this.root.locator('tbody tr');
    this.filter = this.root.getByRole('searchbox');
  }

  /** The row whose text contains `text` (an id or a name). */
  row(text: string | RegExp): Locator {
    return this.rows.filter({ hasText: text });
  }

  async sortBy(column: string) {
    await this.root.getByRole('columnheader', { name: column }).click();
  }
}
