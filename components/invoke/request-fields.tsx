'use client';

import Checkbox from '@cloudscape-design/components/checkbox';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { SECRET_PLACEHOLDER, secretHeaderNames } from '@/lib/invoke-ui/link-secrets';
import { HTTP_METHODS } from '@/lib/invoke-ui/selection';
import { onEnter, type FieldGroupProps } from './field-props';

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The request the snippets send: method, path after the stage or base path, query, headers and body. Props (besides
 * the field group's): `keepSecrets` and `onKeepSecrets`, whether secret-looking header values stay out of the link.
 */
export function RequestFields({
  draft,
  set,
  submit,
  errors,
  keepSecrets,
  onKeepSecrets,
}: FieldGroupProps & { keepSecrets: boolean; onKeepSecrets: (keep: boolean) => void }) {
  const enter = onEnter(submit);
  const secrets = secretHeaderNames(draft.headersText.split('\n'));
  return (
    <SpaceBetween size="m">
      <FormField label="Method" errorText={errors.method}>
        <Select
          selectedOption={{ value: draft.method, label: draft.method }}
          options={HTTP_METHODS.map((m) => ({ value: m, label: m }))}
          onChange={({ detail }) => {
            const method = detail.selectedOption.value ?? 'GET';
            set(WITH_BODY.has(method) ? { method } : { method, body: '' }, true);
          }}
        />
      </FormField>
      <FormField
        label="Path"
        description={draft.target === 'domain' ? 'After the base path.' : 'After the stage.'}
        errorText={errors.path}
      >
        <Input
          value={draft.path}
          placeholder="/"
          onChange={({ detail }) => set({ path: detail.value })}
          onKeyDown={enter}
          ariaLabel="Path"
        />
      </FormField>
      <FormField label="Query string" constraintText="e.g. status=open&limit=10" errorText={errors.query}>
        <Input
          value={draft.query}
          onChange={({ detail }) => set({ query: detail.value })}
          onKeyDown={enter}
          ariaLabel="Query string"
        />
      </FormField>
      <FormField
        label="Headers"
        constraintText="One Name: value per line. Host and x-apigw-api-id are set by each form."
        errorText={errors.headers}
      >
        <Textarea
          value={draft.headersText}
          rows={2}
          placeholder="Authorization: Bearer …"
          onChange={({ detail }) => set({ headersText: detail.value })}
          ariaLabel="Headers"
        />
      </FormField>
      {secrets.length > 0 && (
        <Checkbox
          checked={keepSecrets}
          onChange={({ detail }) => onKeepSecrets(detail.checked)}
          description={
            keepSecrets
              ? `The link and the snippets say ${SECRET_PLACEHOLDER} for ${secrets.join(', ')}; the value stays in this form only. Put it in when you run a snippet.`
              : `The link carries the value of ${secrets.join(', ')}: anyone with the link (or your browser history) has it.`
          }
        >
          Keep secret header values out of the link
        </Checkbox>
      )}
      {WITH_BODY.has(draft.method) && (
        <FormField label="Body" errorText={errors.body}>
          <Textarea
            value={draft.body}
            rows={3}
            placeholder='{"quantity": 1}'
            onChange={({ detail }) => set({ body: detail.value })}
            ariaLabel="Body"
          />
        </FormField>
      )}
    </SpaceBetween>
  );
}
