'use client';

import { useEffect, useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { mappingSchema } from '@/lib/domains/create-domain-schema';
import { formReads } from '@/lib/domains/edit-options';
import { ApiSelect } from '@/components/options/api-select';
import { loadJson } from '@/lib/http/load-json';
import { NONE_BASE_PATH } from '@/lib/domains/base-path';
import { fieldErrorsOf, type FieldErrors } from '@/lib/errors';

export interface MappingValues {
  basePath: string;
  restApiId: string;
  stage: string;
  allowOnApi: boolean;
}

/** Add or edit one base path mapping; private APIs load when their list opens, stages when an API is chosen. */
export function MappingFormModal({
  mode,
  initial,
  onSubmit,
  onDismiss,
}: {
  mode: 'add' | 'edit';
  initial: MappingValues;
  onSubmit: (values: MappingValues) => Promise<FieldErrors | undefined>;
  onDismiss: () => void;
}) {
  const [values, setValues] = useState<MappingValues>(initial);
  const [loadedStages, setLoadedStages] = useState<{ restApiId: string; names: string[]; error?: string }>();
  const [errors, setErrors] = useState<Partial<FieldErrors>>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const restApiId = values.restApiId;
    if (!restApiId) return;
    let live = true;
    void loadJson<string[]>(formReads.apiStages(restApiId)).then((r) => {
      if (live) setLoadedStages(r.ok ? { restApiId, names: r.data } : { restApiId, names: [], error: r.error.message });
    });
    return () => {
      live = false;
    };
  }, [values.restApiId]);
  const stages = loadedStages?.restApiId === values.restApiId ? loadedStages : undefined;

  const submit = async () => {
    const parsed = mappingSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error.issues));
      return;
    }
    setBusy(true);
    const fieldErrors = await onSubmit(values);
    setBusy(false);
    if (fieldErrors) setErrors(fieldErrors);
  };

  return (
    <Modal
      visible
      onDismiss={onDismiss}
      header={mode === 'add' ? 'Add base path mapping' : `Edit mapping ${initial.basePath}`}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <Button variant="primary" loading={busy} onClick={() => void submit()}>
              {mode === 'add' ? 'Add mapping' : 'Save mapping'}
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <FormField
          label="Base path"
          description={`One path segment, or empty for ${NONE_BASE_PATH} (catch-all).`}
          errorText={errors.basePath}
        >
          <Input
            ariaLabel="Base path"
            value={values.basePath === NONE_BASE_PATH ? '' : values.basePath}
            placeholder={NONE_BASE_PATH}
            onChange={({ detail }) => setValues({ ...values, basePath: detail.value })}
          />
        </FormField>
        <FormField label="Private API" errorText={errors.restApiId}>
          <ApiSelect
            ariaLabel="Private API"
            value={values.restApiId}
            onChange={(restApiId) => setValues({ ...values, restApiId, stage: '' })}
          />
        </FormField>
        <FormField label="Stage" errorText={errors.stage ?? stages?.error}>
          <Select
            ariaLabel="Stage"
            disabled={!values.restApiId}
            statusType={values.restApiId && !stages ? 'loading' : 'finished'}
            loadingText="Loading stages"
            placeholder="Choose a stage"
            empty="The API has no stages; deploy it first."
            selectedOption={values.stage ? { value: values.stage, label: values.stage } : null}
            options={(stages?.names ?? []).map((s) => ({ value: s, label: s }))}
            onChange={({ detail }) => setValues({ ...values, stage: detail.selectedOption.value ?? '' })}
          />
        </FormField>
        {mode === 'add' && (
          <Checkbox
            checked={values.allowOnApi}
            onChange={({ detail }) => setValues({ ...values, allowOnApi: detail.checked })}
            description="Adds the endpoints the domain policy allows to the API's resource policy and redeploys the stage, so callers do not get 403 from the API."
          >
            Allow the domain’s endpoints on this API
          </Checkbox>
        )}
      </SpaceBetween>
    </Modal>
  );
}
