'use client';

import { useState } from 'react';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { JsonView } from '@/components/common/json-view';
import { PolicyLintList } from '@/components/diagnose/policy-lint';
import { diffPolicies, lintPolicy, parsePolicy, type ShorthandScope } from '@/lib/policies';
import { policyShape, policyToEditableText } from '@/lib/policies/source-allow-list';
import { customPolicyProblem, type AccessMode } from '@/lib/domains/create-domain-schema';
import type { AccessChoice } from '@/lib/domains/access-policy';
import type { ActionResult } from '@/lib/actions/action-result';
import type { FieldErrors } from '@/lib/errors';
import { ActionFlash, type Flash } from './action-flash';
import { PolicyDiffView } from './policy-diff-view';
import { SourcePicker } from './source-picker';
import { useKnownEndpointIds } from './use-known-endpoint-ids';
import { useCanMutate } from '@/components/common/access';

function initialAccess(current: string | undefined): AccessChoice {
  const shape = policyShape(current);
  if (shape.kind === 'source-allow-list')
    return { mode: 'generated', vpceIds: shape.sources.vpceIds, vpcIds: shape.sources.vpcIds, policyText: '' };
  return { mode: current ? 'custom' : 'generated', vpceIds: [], vpcIds: [], policyText: policyToEditableText(current) };
}

/**
 * Edits a domain invoke policy or an API resource policy with the same generator as the create wizard, and shows
 * the semantic difference to the stored policy before anything is saved.
 */
export function PolicyEditor({
  kind,
  title,
  current,
  scope,
  propose,
  save,
  showCurrent = true,
}: {
  kind: 'domain' | 'api';
  title: string;
  current: string | undefined;
  scope: ShorthandScope;
  /** The policy a complete access choice stands for (lib/domains/access-policy); undefined while incomplete. */
  propose: (access: AccessChoice) => unknown;
  save: (access: AccessChoice) => Promise<ActionResult<{ message: string }>>;
  /** Off when the page already shows the stored policy next to the editor. */
  showCurrent?: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const [access, setAccess] = useState<AccessChoice>(() => initialAccess(current));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [flash, setFlash] = useState<Flash>();
  const mutate = useCanMutate();
  const knownEndpointIds = useKnownEndpointIds();

  const start = () => {
    setAccess(initialAccess(current));
    setErrors({});
    setEditing(true);
  };

  const sources = { vpceIds: access.vpceIds, vpcIds: access.vpcIds };
  const proposed =
    access.mode === 'custom' && customPolicyProblem(access.policyText) !== undefined ? undefined : propose(access);
  const diff = proposed === undefined ? undefined : diffPolicies(current, proposed, scope);
  const parsed = parsePolicy(editing ? proposed : current);
  const findings = parsed.ok
    ? lintPolicy(parsed.policy, knownEndpointIds ? { scope, knownEndpointIds } : { scope })
    : [];

  const submit = async () => {
    setSaving(true);
    const r = await save(access);
    setSaving(false);
    if (!r.ok) {
      setErrors(r.fieldErrors ?? {});
      setFlash({ type: 'error', error: r.error });
      return;
    }
    setFlash({ type: 'success', message: r.data.message });
    setEditing(false);
  };

  const modes = [
    { value: 'generated', label: 'Allow chosen VPC endpoints and VPCs' },
    { value: 'custom', label: 'Edit the JSON' },
    ...(kind === 'domain' ? [{ value: 'deny-all', label: 'Deny everything' }] : []),
  ];

  return (
    <Container
      header={
        <Header
          variant="h2"
          actions={
            !editing && (
              <Button disabled={!mutate.allowed} disabledReason={mutate.reason} onClick={start}>
                Edit {kind === 'domain' ? 'invoke policy' : 'resource policy'}
              </Button>
            )
          }
        >
          {title}
        </Header>
      }
    >
      <SpaceBetween size="l">
        <ActionFlash flash={flash} onDismiss={() => setFlash(undefined)} />
        <PolicyLintList findings={findings} />
        {!editing && showCurrent && <JsonView value={current} label={title} emptyText="No policy attached." />}
        {!editing &&
          !showCurrent &&
          !flash &&
          'Generate the policy from VPC endpoints and VPCs, or edit its JSON. You see the semantic difference before saving.'}
        {editing && (
          <>
            <RadioGroup
              ariaLabel="Policy source"
              value={access.mode}
              items={modes}
              onChange={({ detail }) => setAccess({ ...access, mode: detail.value as AccessMode })}
            />
            {access.mode === 'generated' && (
              <SourcePicker value={sources} errors={errors} onChange={(src) => setAccess({ ...access, ...src })} />
            )}
            {access.mode === 'custom' && (
              <FormField
                label="Policy JSON"
                errorText={
                  errors['access.policyText'] ??
                  (access.policyText.trim() ? customPolicyProblem(access.policyText) : undefined)
                }
              >
                <Textarea
                  ariaLabel="Policy JSON"
                  rows={16}
                  spellcheck={false}
                  value={access.policyText}
                  onChange={({ detail }) => setAccess({ ...access, policyText: detail.value })}
                />
              </FormField>
            )}
            <FormField
              label="Changes compared with the stored policy"
              errorText={errors['access.vpceIds'] ?? errors['access.mode']}
            >
              {diff ? <PolicyDiffView diff={diff} /> : 'Complete the policy to see what changes.'}
            </FormField>
            <SpaceBetween direction="horizontal" size="xs">
              <Button variant="link" onClick={() => setEditing(false)}>
                Cancel
              </Button>
              <Button
                variant="primary"
                loading={saving}
                disabled={!diff || diff.equivalent || !mutate.allowed}
                disabledReason={mutate.reason}
                onClick={() => void submit()}
              >
                Save policy
              </Button>
            </SpaceBetween>
          </>
        )}
      </SpaceBetween>
    </Container>
  );
}
