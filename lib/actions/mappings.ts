'use server';

import { deleteMapping } from '@/lib/aws/write/base-path-mappings';
import { basePathLabel } from '@/lib/domains/base-path';
import type { ChangeReport } from '@/lib/domains/change-report';
import { addMappingSchema, removeMappingSchema, updateMappingSchema } from '@/lib/domains/manage-schemas';
import {
  addMapping as addDomainMapping,
  editMapping as editDomainMapping,
} from '@/lib/services/domain-management/mappings';
import { consoleAction } from './client';
import { domainHint } from './domain-hint';

export const addMapping = consoleAction(
  { name: 'domains.add-mapping', schema: addMappingSchema, hint: domainHint('apigateway:CreateBasePathMapping') },
  ({ domain, basePath, restApiId, stage, allowOnApi }, { session }) =>
    addDomainMapping(session, domain, { basePath, restApiId, stage, allowOnApi }),
);

export const editMapping = consoleAction(
  { name: 'domains.edit-mapping', schema: updateMappingSchema, hint: domainHint('apigateway:UpdateBasePathMapping') },
  ({ domain, currentBasePath, basePath, restApiId, stage }, { session }) =>
    editDomainMapping(session, domain, currentBasePath, { basePath, restApiId, stage }),
);

export const removeMapping = consoleAction(
  { name: 'domains.remove-mapping', schema: removeMappingSchema, hint: domainHint('apigateway:DeleteBasePathMapping') },
  async ({ domain, basePath }, { session }): Promise<ChangeReport> => {
    await deleteMapping(session, domain, basePath);
    return { message: `Removed ${basePathLabel(basePath)}. Calls to it now get 403.`, changes: [] };
  },
);
