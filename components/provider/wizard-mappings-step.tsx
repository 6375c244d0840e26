'use client';

import AttributeEditor from '@cloudscape-design/components/attribute-editor';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { ApiSelect } from '@/components/options/api-select';
import type { CreateDomainDraft } from '@/lib/domains/create-domain-schema';
import type { StepProps } from './wizard-types';

/** Per API: its stage names, or the loading / error state of fetching them. */
export type StagesByApi = Record<string, string[] | 'loading' | { error: string }>;

type MappingDraft = CreateDomainDraft['mappings'][number];

export function WizardMappingsStep({
  draft,
  update,
  errors,
  stages,
  loadStages,
}: StepProps & { stages: StagesByApi; loadStages: (restApiId: string) => void }) {
  const setRow = (index: number, patch: Partial<MappingDraft>) =>
    update({ mappings: draft.mappings.map((m, i) => (i === index ? { ...m, ...patch } : m)) });

  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Which private API and stage each base path routes to. Private domains support one path segment, or none (catch-all)."
        >
          Routes
        </Header>
      }
    >
      <SpaceBetween size="l">
        <FormField errorText={errors.mappings} stretch>
          <AttributeEditor<MappingDraft>
            items={draft.mappings}
            addButtonText="Add mapping"
            removeButtonText="Remove"
            onAddButtonClick={() =>
              update({ mappings: [...draft.mappings, { basePath: '', restApiId: '', stage: '' }] })
            }
            onRemoveButtonClick={({ detail }) =>
              update({ mappings: draft.mappings.filter((_, i) => i !== detail.itemIndex) })
            }
            empty="No mappings. A private domain routes nothing without at least one."
            definition={[
              {
                label: 'Base path',
                info: undefined,
                control: (m, i) => (
                  <Input
                    value={m.basePath}
                    placeholder="(none)"
                    ariaLabel={`Base path ${i + 1}`}
                    onChange={({ detail }) => setRow(i, { basePath: detail.value })}
                  />
                ),
                errorText: (_m, i) => errors[`mappings.${i}.basePath`],
                constraintText: (_m, i) => (i === 0 ? 'Empty = (none), the catch-all.' : undefined),
              },
              {
                label: 'Private API',
                control: (m, i) => (
                  <ApiSelect
                    ariaLabel={`Private API ${i + 1}`}
                    value={m.restApiId}
                    onChange={(id) => {
                      setRow(i, { restApiId: id, stage: '' });
                      if (id) loadStages(id);
                    }}
                  />
                ),
                errorText: (_m, i) => errors[`mappings.${i}.restApiId`],
              },
              {
                label: 'Stage',
                control: (m, i) => {
                  const s = m.restApiId ? stages[m.restApiId] : undefined;
                  const list = Array.isArray(s) ? s : [];
                  return (
                    <Select
                      ariaLabel={`Stage ${i + 1}`}
                      disabled={!m.restApiId}
                      placeholder={m.restApiId ? 'Choose a stage' : 'Choose the API first'}
                      statusType={
                        s === 'loading'
                          ? 'loading'
                          : s && typeof s === 'object' && !Array.isArray(s)
                            ? 'error'
                            : 'finished'
                      }
                      errorText={s && typeof s === 'object' && !Array.isArray(s) ? s.error : undefined}
                      recoveryText="Retry"
                      onLoadItems={({ detail }) => {
                        // Only "Retry" after a failed load asks again; opening the list reuses what was loaded.
                        if (detail.samePage && s && typeof s === 'object' && !Array.isArray(s)) loadStages(m.restApiId);
                      }}
                      loadingText="Loading stages"
                      empty="The API has no stages; deploy it first."
                      selectedOption={m.stage ? { value: m.stage, label: m.stage } : null}
                      options={list.map((name) => ({ value: name, label: name }))}
                      onChange={({ detail }) => setRow(i, { stage: detail.selectedOption.value ?? '' })}
                    />
                  );
                },
                errorText: (_m, i) => errors[`mappings.${i}.stage`],
              },
            ]}
          />
        </FormField>
        <Checkbox
          checked={draft.updateApiPolicies}
          onChange={({ detail }) => update({ updateApiPolicies: detail.checked })}
          description="A consumer allowed on the domain but not on the mapped API gets 403. Hand-written API policies are never rewritten; Review says which need manual edits."
        >
          Update each mapped API’s resource policy to allow the same endpoints
        </Checkbox>
        <Checkbox
          checked={draft.redeployStages}
          disabled={!draft.updateApiPolicies}
          onChange={({ detail }) => update({ redeployStages: detail.checked })}
          description="An API policy change takes effect only after a new deployment of the stage."
        >
          Redeploy the mapped stages after changing their API’s policy
        </Checkbox>
      </SpaceBetween>
    </Container>
  );
}
