import Alert from '@cloudscape-design/components/alert';

/** Shown instead of a page when the user holds no role in the current account context. */
export function NoRole({ contextLabel, groups }: { contextLabel: string; groups: string[] }) {
  return (
    <Alert type="error" header="No access to this account context">
      You hold no role in {contextLabel}. Groups that grant access: {groups.join(', ') || 'none configured'}.
    </Alert>
  );
}
