'use client';

import { runAction } from '@/lib/actions/action-result';
import { updateApiPolicy } from '@/lib/actions/apis';
import { apiPolicyFromAccess } from '@/lib/domains/access-policy';
import type { ShorthandScope } from '@/lib/policies';
import { PolicyEditor } from './policy-editor';

export function ApiPolicyEditor({
  restApiId,
  policy,
  scope,
}: {
  restApiId: string;
  policy?: string;
  scope: ShorthandScope;
}) {
  return (
    <PolicyEditor
      kind="api"
      title="Change the resource policy"
      current={policy}
      scope={scope}
      showCurrent={false}
      propose={apiPolicyFromAccess}
      save={(access) => runAction(updateApiPolicy, { restApiId, access })}
    />
  );
}
