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
import { loadApiStages } from '@/app/domains/new/actions';
import { loadDomainEditOptions } from '@/app/domains/[domainName]/[domainNameId]/provider-actions';
import { mappingSchema } from '@/lib/domains/create-domain-schema';
import { NONE_BASE_PATH } from '@/lib/domains/base-path';
import { fieldErrorsOf, type FieldErrors } from './field-errors';

export interface MappingValues {
  basePath: string;
  restApiId: string;
  stage: string;
  allowOnApi: boolean;
}

/** Add or edit one base path mapping; private APIs and their stages load when the dialog opens. */
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
  const [apis, setApis] = useState<{ id: string; name: string }[] | 'loading' | { error: string }>('loading');
  const [stages, setStages] = useState<string[] | 'loading' | undefined>();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void loadDomainEditOptions({}).then((r) => setApis(r.ok ? r.data.privateApis : { error: r.error.message }));
  }, []);
  useEffect(() => {
    if (!values.restApiId) return;
    let live = true;
    setStages('loading');
    void loadApiStages(values.restApiId).then((r) => live && setStages(r.ok ? r.data : []));
    return () => {
      live = false;
    };
  }, [values.restApiId]);

  const submit = async () => {
    const parsed = mappingSchema.safeParse(values);
    if (!parsed.success) return setErrors(fieldErrorsOf(parsed.error.issues));
    setBusy(true);
    const fieldErrors = await onSubmit(values);
    setBusy(false);
    if (fieldErrors) setErrors(fieldErrors);
  };

  const apiList = Array.isArray(apis) ? apis : [];
  const chosen = apiList.find((a) => a.id === values.restApiId);
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
        <FormField
          label="Private API"
          errorText={errors.restApiId ?? (!Array.isArray(apis) && apis !== 'loading' ? apis.error : undefined)}
        >
          <Select
            ariaLabel="Private API"
            statusType={apis === 'loading' ? 'loading' : 'finished'}
            loadingText="Loading private APIs"
            filteringType="auto"
            placeholder="Choose a private API"
            selectedOption={
              chosen
                ? { value: chosen.id, label: chosen.name, labelTag: chosen.id }
                : values.restApiId
                  ? { value: values.restApiId, label: values.restApiId }
                  : null
            }
            options={apiList.map((a) => ({ value: a.id, label: a.name, labelTag: a.id }))}
            onChange={({ detail }) => setValues({ ...values, restApiId: detail.selectedOption.value ?? '', stage: '' })}
          />
        </FormField>
        <FormField label="Stage" errorText={errors.stage}>
          <Select
            ariaLabel="Stage"
            disabled={!values.restApiId}
            statusType={stages === 'loading' ? 'loading' : 'finished'}
            loadingText="Loading stages"
            placeholder="Choose a stage"
            empty="The API has no stages; deploy it first."
            selectedOption={values.stage ? { value: values.stage, label: values.stage } : null}
            options={(Array.isArray(stages) ? stages : []).map((s) => ({ value: s, label: s }))}
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
