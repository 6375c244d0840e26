import Alert from '@cloudscape-design/components/alert';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { LintFinding } from '@/lib/policies/lint';

/** Policy lint findings, each with the AWS page that explains it; nothing when the policy is clean. */
export function PolicyLintList({ findings }: { findings: LintFinding[] }) {
  if (findings.length === 0) return null;
  return (
    <Alert type="warning" header="This policy may not do what you mean">
      <SpaceBetween size="xs">
        {findings.map((f, i) => (
          <div key={`${f.rule}-${String(i)}`}>
            {f.statement}: {f.message}{' '}
            <Link href={f.docUrl} external>
              AWS documentation
            </Link>
          </div>
        ))}
      </SpaceBetween>
    </Alert>
  );
}
