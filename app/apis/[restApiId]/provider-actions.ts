'use server';

import { z } from 'zod';
import { guarded, FieldError } from '@/lib/actions/guard';
import { listExecuteApiEndpoints } from '@/lib/aws/read/vpc-endpoints';
import {
  changeVpcEndpointAssociations,
  readRestApi,
  redeployStage,
  replaceRestApiPolicy,
} from '@/lib/aws/write/rest-apis';
import { endpointAssociationsSchema, redeploySchema, updateApiPolicySchema } from '@/lib/domains/manage-schemas';
import { apiResourcePolicy } from '@/lib/policies';

const hintFor = (operation: string) => (input: { restApiId: string }) => ({
  operation,
  resource: `/restapis/${input.restApiId}`,
});

/** This account's execute-api endpoints, for the policy generator and the association picker. */
export async function loadApiEditOptions(raw: unknown) {
  return guarded(
    { name: 'apis.edit-options', schema: z.object({}), hint: { operation: 'ec2:DescribeVpcEndpoints' } },
    raw,
    async (_input, session) =>
      (await listExecuteApiEndpoints(session)).map((e) => ({ id: e.id, name: e.name, vpcId: e.vpcId, state: e.state })),
  );
}

export async function updateApiPolicy(raw: unknown) {
  return guarded(
    { name: 'apis.update-policy', schema: updateApiPolicySchema, hint: hintFor('apigateway:UpdateRestApi') },
    raw,
    async (input, session) => {
      const { access } = input;
      const policy =
        access.mode === 'generated'
          ? apiResourcePolicy({ vpceIds: access.vpceIds, vpcIds: access.vpcIds })
          : JSON.parse(access.policyText);
      await replaceRestApiPolicy(session, input.restApiId, JSON.stringify(policy));
      return { message: 'Resource policy saved. Redeploy each stage for it to take effect.' };
    },
  );
}

export async function changeEndpointAssociations(raw: unknown) {
  return guarded(
    {
      name: 'apis.endpoint-associations',
      schema: endpointAssociationsSchema,
      hint: hintFor('apigateway:UpdateRestApi'),
    },
    raw,
    async (input, session) => {
      const api = await readRestApi(session, input.restApiId);
      const current = api.endpointConfiguration?.vpcEndpointIds ?? [];
      const add = input.add.filter((id) => !current.includes(id));
      const remove = input.remove.filter((id) => current.includes(id));
      if (add.length + remove.length === 0)
        throw new FieldError('add', 'Nothing to change: the endpoints are already in that state.');
      await changeVpcEndpointAssociations(session, input.restApiId, add, remove);
      const words = [
        add.length ? `associated ${add.join(', ')}` : '',
        remove.length ? `disassociated ${remove.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('; ');
      return {
        message: `${words[0].toUpperCase()}${words.slice(1)}. Redeploy the stages; the {api-id}-{vpce-id} names take a few minutes to resolve.`,
      };
    },
  );
}

export async function redeploy(raw: unknown) {
  return guarded(
    { name: 'apis.redeploy', schema: redeploySchema, hint: hintFor('apigateway:CreateDeployment') },
    raw,
    async (input, session) => {
      const id = await redeployStage(session, input.restApiId, input.stage, 'Console: redeploy');
      return {
        message: `Stage ${input.stage} deployed (${id}); it now runs the current policy and endpoint associations.`,
      };
    },
  );
}
