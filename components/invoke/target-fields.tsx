'use client';

import { useState } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Select, { type SelectProps } from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ConsoleError } from '@/lib/errors';
import type { ChoiceErrors, InvokeChoices } from '@/lib/invoke-ui/choices';
import { ChoiceField } from './choice-field';
import { onEnter, type FieldGroupProps } from './field-props';

function listError(error: ConsoleError | undefined, what: string) {
  if (!error) return null;
  return (
    <Alert type={error.kind === 'throttled' ? 'warning' : 'error'} header={`${what}: ${error.title}`}>
      {error.message}
    </Alert>
  );
}

/**
 * Another account's API, named by id (a consumer calling the provider's API through its own endpoint): its owner
 * lets the answer read it with that account's context, or say what to ask the owner.
 */
function ApiByIdFields({ draft, set, submit, errors, back }: FieldGroupProps & { back: () => void }) {
  const fields = [
    {
      key: 'api',
      label: 'REST API id',
      description: 'An API of another account, as its owner gave it to you: 10 lowercase letters or digits.',
    },
    {
      key: 'apiAccount',
      label: 'Owner account',
      description:
        'The 12-digit account that owns the API. With a context for it, the console reads the API with that context; otherwise it says what to ask the owner.',
    },
    { key: 'stage', label: 'Stage', description: 'A stage of that API, e.g. prod.' },
  ] as const;
  // No placeholders: the label and description already say what to type, and a greyed sample id reads as a value.
  return (
    <SpaceBetween size="m">
      {fields.map((f) => (
        <FormField key={f.key} label={f.label} description={f.description} errorText={errors[f.key]}>
          <Input
            value={draft[f.key]}
            onChange={({ detail }) => set({ [f.key]: detail.value.trim() })}
            onKeyDown={onEnter(submit)}
            ariaLabel={f.label}
          />
        </FormField>
      ))}
      <SpaceBetween direction="horizontal" size="xs">
        <Button onClick={submit}>Use this API</Button>
        <Button variant="link" onClick={back}>
          Pick one of this account’s APIs instead
        </Button>
      </SpaceBetween>
    </SpaceBetween>
  );
}

function ApiFields(props: FieldGroupProps & { choices: InvokeChoices; choiceErrors: ChoiceErrors }) {
  const { draft, set, choices } = props;
  const own = (choices.apis ?? []).some((a) => a.id === draft.api);
  const [byId, setById] = useState(draft.apiAccount !== '' || (draft.api !== '' && !own));
  if (byId)
    return (
      <ApiByIdFields
        {...props}
        back={() => {
          setById(false);
          set({ api: '', apiAccount: '', stage: '' }, true);
        }}
      />
    );
  return (
    <SpaceBetween size="m">
      <ApiPicker {...props} />
      <Button variant="inline-link" onClick={() => setById(true)}>
        Call another account’s API by id
      </Button>
    </SpaceBetween>
  );
}

function ApiPicker({
  draft,
  set,
  errors,
  choices,
  choiceErrors,
}: FieldGroupProps & { choices: InvokeChoices; choiceErrors: ChoiceErrors }) {
  const apiOptions: SelectProps.Option[] = (choices.apis ?? []).map((a) => ({
    value: a.id,
    label: a.name,
    description: a.id,
  }));
  const selectedApi =
    apiOptions.find((o) => o.value === draft.api) ?? (draft.api ? { value: draft.api, label: draft.api } : null);
  const stageOptions: SelectProps.Option[] = (choices.stages ?? []).map((s) => ({ value: s, label: s }));
  return (
    <SpaceBetween size="m">
      {listError(choiceErrors.apis, 'Private APIs')}
      <FormField label="Private REST API" errorText={errors.api}>
        <Select
          selectedOption={selectedApi}
          options={apiOptions}
          filteringType="auto"
          placeholder="Choose a private API"
          empty="This account has no private REST APIs in this Region"
          onChange={({ detail }) => set({ api: detail.selectedOption.value ?? '', stage: '' }, true)}
        />
      </FormField>
      {listError(choiceErrors.stages, 'Stages')}
      <FormField label="Stage" errorText={errors.stage}>
        <Select
          selectedOption={draft.stage ? { value: draft.stage, label: draft.stage } : null}
          options={stageOptions}
          placeholder={draft.api ? 'Choose a stage' : 'Choose an API first'}
          disabled={!draft.api}
          empty="The API has no stages: deploy it first"
          onChange={({ detail }) => set({ stage: detail.selectedOption.value ?? '' }, true)}
        />
      </FormField>
    </SpaceBetween>
  );
}

function DomainFields({
  draft,
  set,
  submit,
  errors,
  choices,
  choiceErrors,
}: FieldGroupProps & { choices: InvokeChoices; choiceErrors: ChoiceErrors }) {
  const domains = choices.domains ?? [];
  const option = (d: (typeof domains)[number]): SelectProps.Option => ({
    value: `${d.name}+${d.id}`,
    label: d.name,
    description: d.shared ? `${d.id} · shared by ${d.ownerAccountId}` : d.id,
  });
  const groups: SelectProps.OptionGroup[] = [
    { label: 'Owned by this account', options: domains.filter((d) => !d.shared).map(option) },
    { label: 'Shared with this account', options: domains.filter((d) => d.shared).map(option) },
  ].filter((g) => g.options.length > 0);
  const key = draft.domain && draft.domainId ? `${draft.domain}+${draft.domainId}` : '';
  const selected =
    groups.flatMap((g) => g.options).find((o) => o.value === key) ??
    (key ? { value: key, label: draft.domain, description: draft.domainId } : null);
  const chosen = domains.find((d) => d.name === draft.domain && d.id === draft.domainId);
  const mappingOptions: SelectProps.Option[] = (choices.basePaths ?? []).map((m) => ({
    value: m.basePath,
    label: m.basePath === '(none)' ? '(none) – catch-all' : `/${m.basePath}`,
    description: `API ${m.restApiId}${m.stage ? ` · stage ${m.stage}` : ' · no stage (path starts with the stage)'}`,
  }));
  return (
    <SpaceBetween size="m">
      {listError(choiceErrors.domains, 'Private domains')}
      <FormField label="Private custom domain" errorText={errors.domain ?? errors.domainId}>
        <Select
          selectedOption={selected}
          options={groups}
          filteringType="auto"
          placeholder="Choose a private domain"
          empty="No private domains are owned by or shared with this account in this Region"
          onChange={({ detail }) => {
            const [domain, domainId] = (detail.selectedOption.value ?? '').split('+');
            set({ domain, domainId, basePath: '' }, true);
          }}
        />
      </FormField>
      {listError(choiceErrors.basePaths, 'Base path mappings')}
      {chosen && !chosen.shared ? (
        <FormField label="Base path" errorText={errors.basePath}>
          <Select
            selectedOption={
              mappingOptions.find((o) => o.value === draft.basePath) ??
              (draft.basePath ? { value: draft.basePath, label: draft.basePath } : null)
            }
            options={mappingOptions}
            placeholder="Choose a base path"
            empty="The domain has no base path mappings yet"
            onChange={({ detail }) => set({ basePath: detail.selectedOption.value ?? '' }, true)}
          />
        </FormField>
      ) : (
        <FormField
          label="Base path"
          description="The provider's mappings are not visible from this account: enter the base path the provider gave you (empty for the catch-all)."
          errorText={errors.basePath}
        >
          <Input
            value={draft.basePath === '(none)' ? '' : draft.basePath}
            placeholder="(none)"
            onChange={({ detail }) => set({ basePath: detail.value })}
            onKeyDown={onEnter(submit)}
            ariaLabel="Base path"
          />
        </FormField>
      )}
    </SpaceBetween>
  );
}

/** Target of the call: a private API and stage, or a private domain and base path. */
export function TargetFields(props: FieldGroupProps & { choices: InvokeChoices; choiceErrors: ChoiceErrors }) {
  const { draft, set, errors } = props;
  return (
    <SpaceBetween size="m">
      <ChoiceField
        label="Call"
        controlLabel="Target kind"
        errorText={errors.target}
        selectedId={draft.target || null}
        options={[
          { id: 'api', text: 'Private REST API' },
          { id: 'domain', text: 'Private custom domain' },
        ]}
        onChange={(id) => set({ target: id }, true)}
      />
      {draft.target === 'api' && <ApiFields {...props} />}
      {draft.target === 'domain' && <DomainFields {...props} />}
    </SpaceBetween>
  );
}
