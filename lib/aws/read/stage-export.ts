import 'server-only';
import { GetExportCommand } from '@aws-sdk/client-api-gateway';
import type { StageExport } from '@/lib/model/stage-export';
import { getClients } from '../clients';
import { cachedReader } from '../read-cache';
import type { Session } from '../session';

interface ExportDocument {
  'x-amazon-apigateway-policy'?: unknown;
  'x-amazon-apigateway-endpoint-configuration'?: { vpcEndpointIds?: unknown };
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;
}

/** The deployed version of a stage as OpenAPI 3 with API Gateway's extensions; only the parts the console compares. */
export const readStageExport = cachedReader(
  'readStageExport',
  async (session: Session, restApiId: string, stageName: string): Promise<StageExport> => {
    const out = await getClients(session).apigateway.send(
      new GetExportCommand({
        restApiId,
        stageName,
        exportType: 'oas30',
        parameters: { extensions: 'apigateway' },
        accepts: 'application/json',
      }),
    );
    const doc = JSON.parse(new TextDecoder().decode(out.body)) as ExportDocument;
    const policy = doc['x-amazon-apigateway-policy'];
    const vpcEndpointIds = stringList(doc['x-amazon-apigateway-endpoint-configuration']?.vpcEndpointIds);
    return {
      ...(policy === undefined ? {} : { policy: typeof policy === 'string' ? policy : JSON.stringify(policy) }),
      ...(vpcEndpointIds ? { vpcEndpointIds } : {}),
    };
  },
);
