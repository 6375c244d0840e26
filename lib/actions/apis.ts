'use server';

import type { ErrorHint } from '@/lib/aws/errors';
import { redeployStage } from '@/lib/aws/write/rest-apis';
import { endpointAssociationsSchema, redeploySchema, updateApiPolicySchema } from '@/lib/domains/manage-schemas';
import { changeEndpointAssociations as changeAssociations } from '@/lib/services/api-management/endpoint-associations';
import { saveApiResourcePolicy } from '@/lib/services/api-management/resource-policy';
import { consoleAction } from './client';

const apiHint =
  (operation: string) =>
  (input: { restApiId: string }): ErrorHint => ({ operation, resource: `/restapis/${input.restApiId}` });

export const updateApiPolicy = consoleAction(
  { name: 'apis.update-policy', schema: updateApiPolicySchema, hint: apiHint('apigateway:UpdateRestApi') },
  ({ restApiId, access }, { session }) => saveApiResourcePolicy(session, restApiId, access),
);

export const changeEndpointAssociations = consoleAction(
  { name: 'apis.endpoint-associations', schema: endpointAssociationsSchema, hint: apiHint('apigateway:UpdateRestApi') },
  ({ restApiId, add, remove }, { session }) => changeAssociations(session, restApiId, { add, remove }),
);

export const redeploy = consoleAction(
  { name: 'apis.redeploy', schema: redeploySchema, hint: apiHint('apigateway:CreateDeployment') },
  async ({ restApiId, stage }, { session }) => {
    const id = await redeployStage(session, restApiId, stage, 'Console: redeploy');
    return { message: `Stage ${stage} deployed (${id}); it now runs the current policy and endpoint associations.` };
  },
);
