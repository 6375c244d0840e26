'use client';

import Tabs from '@cloudscape-design/components/tabs';
import { useUrlParam } from './url-state';

export interface UrlTab {
  id: string;
  label: string;
  content: React.ReactNode;
  disabled?: boolean;
}

/**
 * Cloudscape tabs whose active tab is kept in the URL (`?tab=`), so a link or a reload opens the same tab.
 * Props: `tabs` (server components may pass rendered content), optional `param` (default "tab"), `ariaLabel`.
 */
export function UrlTabs({ tabs, param = 'tab', ariaLabel }: { tabs: UrlTab[]; param?: string; ariaLabel: string }) {
  const [wanted, setWanted] = useUrlParam(param);
  const active = tabs.some((t) => t.id === wanted && !t.disabled) ? wanted : tabs[0]?.id;
  return (
    <Tabs
      ariaLabel={ariaLabel}
      activeTabId={active}
      onChange={({ detail }) => setWanted(detail.activeTabId === tabs[0]?.id ? '' : detail.activeTabId)}
      tabs={tabs.map((t) => ({ id: t.id, label: t.label, content: t.content, disabled: t.disabled }))}
    />
  );
}
