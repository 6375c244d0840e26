'use client';

import Tabs from '@cloudscape-design/components/tabs';
import { useUrlParam } from './url-state';

/** Names of the scroll buttons Cloudscape adds when the tab headers are wider than the page (axe: button-name). */
export const TAB_SCROLL_LABELS = { scrollLeftAriaLabel: 'Scroll tabs left', scrollRightAriaLabel: 'Scroll tabs right' };

export interface UrlTab {
  id: string;
  label: string;
  content: React.ReactNode;
  disabled?: boolean;
}

/**
 * Cloudscape tabs whose active tab is kept in the URL (`?tab=`), so a link or a reload opens the same tab.
 * Props: `tabs` (server components may pass rendered content), optional `param` (default "tab"), `ariaLabel`,
 * optional `defaultTabId` (the tab shown when the URL names none; the first tab otherwise).
 */
export function UrlTabs({
  tabs,
  param = 'tab',
  ariaLabel,
  defaultTabId,
}: {
  tabs: UrlTab[];
  param?: string;
  ariaLabel: string;
  defaultTabId?: string;
}) {
  const [wanted, setWanted] = useUrlParam(param);
  const fallback = tabs.some((t) => t.id === defaultTabId) ? defaultTabId : tabs[0]?.id;
  const active = tabs.some((t) => t.id === wanted && !t.disabled) ? wanted : fallback;
  return (
    <Tabs
      ariaLabel={ariaLabel}
      i18nStrings={TAB_SCROLL_LABELS}
      activeTabId={active}
      onChange={({ detail }) => setWanted(detail.activeTabId === fallback ? '' : detail.activeTabId)}
      tabs={tabs.map((t) => ({ id: t.id, label: t.label, content: t.content, disabled: t.disabled }))}
    />
  );
}
