import { expect, type Locator, type Page } from '@playwright/test';

/** An operator without a mouse: Tab, Shift+Tab, Enter, Space, Escape and the arrow keys, nothing else. */
export class KeyboardOperator {
  constructor(readonly page: Page) {}

  press(key: string) {
    return this.page.keyboard.press(key);
  }

  type(text: string) {
    return this.page.keyboard.type(text);
  }

  /** Presses Tab (Shift+Tab with `backwards`) until `target` has focus, as someone reading the page in order would. */
  async tabTo(target: Locator, { backwards = false, max = 80 } = {}) {
    await expect(target).toBeVisible();
    for (let i = 0; i < max && !(await hasFocus(target)); i++) await this.press(backwards ? 'Shift+Tab' : 'Tab');
    await expect(target, `Tab reaches ${target.toString()}`).toBeFocused({ timeout: 1 });
  }

  /** Tabs to a button or link and presses Enter on it. */
  async activate(target: Locator) {
    await this.tabTo(target);
    await this.press('Enter');
  }

  /**
   * In an open dropdown (select, multiselect), moves down with the arrow key until the highlighted option matches
   * `option`, then presses `key` on it (Enter picks; in a multiselect it toggles and the list stays open).
   */
  async pickOption(option: RegExp, { key = 'Enter', max = 40 } = {}) {
    // Options may load when the list opens: arrow keys only move once they are there.
    await expect(this.page.getByRole('option', { name: option })).toBeVisible();
    const seen: string[] = [];
    for (let i = 0; i < max; i++) {
      const highlighted = await this.page.evaluate(() => {
        const id = document.activeElement?.getAttribute('aria-activedescendant');
        const element = id ? document.getElementById(id) : null;
        return element instanceof HTMLElement ? element.innerText.trim() : '';
      });
      // An option's text is its label, description and tags on separate lines.
      if (highlighted.split('\n').some((line) => option.test(line.trim()))) {
        await this.press(key);
        return;
      }
      seen.push(highlighted.replaceAll('\n', ' / '));
      await this.press('ArrowDown');
    }
    throw new Error(`No option matching ${String(option)} within ${String(max)} arrow presses: ${seen.join(' | ')}`);
  }

  /** Tabs to a select's trigger, opens it with Enter and picks `option` with the arrow keys. */
  async choose(select: Locator, option: RegExp) {
    await this.tabTo(select);
    await this.press('Enter');
    await this.pickOption(option);
  }

  /** Holds while focus is somewhere inside `scope` (a dialog keeps it there). */
  async expectFocusWithin(scope: Locator) {
    await expect.poll(() => scope.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  }
}

function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement);
}
