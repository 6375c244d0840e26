import Alert from '@cloudscape-design/components/alert';
import { authConfig } from '@/lib/auth/config';
import { mayReadAudit } from '@/lib/auth/access';
import { currentIdentification } from '@/lib/auth/current';
import { readAuditFile } from '@/lib/audit/read-audit';
import { filterAudit, type AuditFilter, type AuditOutcome } from '@/lib/model/audit';
import { AuditTrail } from '@/components/audit/audit-trail';

const OUTCOMES: AuditOutcome[] = ['ok', 'refused', 'invalid', 'failed'];

type Params = Promise<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string | undefined {
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
}

/** /audit: this server's audit file, newest first, for admins. */
export default async function AuditPage({ searchParams }: { searchParams: Params }) {
  const identification = await currentIdentification();
  if (!identification.ok || !mayReadAudit(authConfig(), identification.user))
    return (
      <Alert type="error" header="Admins only">
        The audit trail is shown to admins only.
      </Alert>
    );
  const params = await searchParams;
  const outcome = first(params.outcome);
  const filter: AuditFilter = {
    user: first(params.user),
    action: first(params.action),
    account: first(params.account),
    outcome: OUTCOMES.find((o) => o === outcome),
  };
  const read = await readAuditFile();
  if (!read.ok)
    return (
      <Alert type="info" header="No audit file">
        {read.message}
      </Alert>
    );
  return (
    <AuditTrail
      file={read.file}
      entries={filterAudit(read.entries, filter).slice(0, 500)}
      total={read.entries.length}
      unreadable={read.unreadable}
      filter={filter}
    />
  );
}
