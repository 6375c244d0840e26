'use client';

import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { PolicyDiff } from '@/lib/policies';

function Statements({ title, items, tone }: { title: string; items: string[]; tone: 'removed' | 'added' }) {
  return (
    <SpaceBetween size="xs">
      <Box variant="h4">{title}</Box>
      {items.length === 0 ? (
        <Box color="text-status-inactive">None</Box>
      ) : (
        items.map((s) => (
          <pre
            key={s}
            data-testid={`diff-${tone}`}
            style={{
              margin: 0,
              padding: 8,
              whiteSpace: 'pre-wrap',
              wordBreak: 'break-all',
              fontSize: 12,
              background: tone === 'removed' ? '#fff0ef' : '#effbf1',
              borderRadius: 6,
            }}
          >
            {describe(s)}
          </pre>
        ))
      )}
    </SpaceBetween>
  );
}

/** Canonical statements are arrays ([effect, principal, …, resources, notResources, conditions]); show them readably. */
function describe(canonical: string): string {
  try {
    const [effect, principal, , actions, , resources, , conditions] = JSON.parse(canonical) as [
      string,
      unknown,
      unknown,
      string[] | null,
      unknown,
      string[] | null,
      unknown,
      [string, string, string[]][],
    ];
    const who = principal === '*' ? 'anyone' : JSON.stringify(principal);
    const cond = conditions.map(([op, key, values]) => `${op} ${key}: ${values.join(', ')}`).join('; ');
    return `${effect} ${who} ${(actions ?? []).join(', ')} on ${(resources ?? []).join(', ')}${cond ? ` when ${cond}` : ''}`;
  } catch {
    return canonical;
  }
}

/** Semantic difference between the stored and the proposed policy (escaping, order and Sids ignored). */
export function PolicyDiffView({ diff }: { diff: PolicyDiff }) {
  if (diff.error)
    return (
      <Alert type="warning" header="Cannot compare the policies">
        {diff.error}
      </Alert>
    );
  if (diff.equivalent)
    return (
      <Alert type="info" header="No effective change">
        The new policy means exactly the same as the current one.
      </Alert>
    );
  return (
    <ColumnLayout columns={2} variant="text-grid">
      <Statements title="Removed statements" items={diff.onlyInA} tone="removed" />
      <Statements title="Added statements" items={diff.onlyInB} tone="added" />
    </ColumnLayout>
  );
}
