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
import { formReads, type DomainEditOptions } from '@/lib/domains/edit-options';
import { loadJson } from '@/lib/http/load-json';
import { NONE_BASE_PATH } from '@/lib/domains/base-path';
import { fieldErrorsOf, type FieldErrors } from '@/lib/errors';

export interface MappingValues {
  basePath: string;
  restApiId: string;
  stage: string;
  allowOnApi: boolean;
}

/** Add or edit one base path mapping; private APIs and their stages load when the dialog opens. */
export function MappingFormModal({
  domain,
  mode,
  initial,
  onSubmit,
  onDismiss,
}: {
  domain: { domainName: string; domainNameId: string };
  mode: 'add' | 'edit';
  initial: MappingValues;
  onSubmit: (values: MappingValues) => Promise<FieldErrors | undefined>;
  onDismiss: () => void;
}) {
  const [values, setValues] = useState<MappingValues>(initial);
  const [apis, setApis] = useState<{ id: string; name: string }[] | 'loading' | { error: string }>('loading');
  const [loadedStages, setLoadedStages] = useState<{ restApiId: string; names: string[]; error?: string }>();
  const [errors, setErrors] = useState<Partial<FieldErrors>>({});
  const [busy, setBusy] = useState(false);

  const { domainName, domainNameId } = domain;
  useEffect(() => {
    void loadJson<DomainEditOptions>(formReads.domainEditOptions({ domainName, domainNameId })).then((r) => {
      setApis(r.ok ? r.data.privateApis : { error: r.error.message });
    });
  }, [domainName, domainNameId]);
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
