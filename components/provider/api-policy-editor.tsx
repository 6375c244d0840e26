'use client';

import { loadApiEditOptions, updateApiPolicy } from '@/app/apis/[restApiId]/provider-actions';
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
      payload={{ restApiId }}
      save={updateApiPolicy}
      loadEndpoints={() => loadApiEditOptions({})}
    />
  );
}
