import { listStages } from '@/lib/aws/read/rest-apis';
import { errorResponse, jsonRead } from '@/lib/http/json-read';
import { REST_API_ID } from '@/lib/domains/create-domain-schema';

/** GET /apis/{id}/stages: the API's stage names, for the mapping pickers (wizard and mapping dialog). */
export async function GET(_request: Request, { params }: { params: Promise<{ restApiId: string }> }) {
  const { restApiId } = await params;
  if (!REST_API_ID.test(restApiId))
    return errorResponse({
      kind: 'invalid-input',
      title: 'Not a REST API id',
      message: `"${restApiId}" is not a REST API id.`,
    });
  return jsonRead({ operation: 'apigateway:GetStages', resource: `/restapis/${restApiId}` }, async (session) =>
    (await listStages(session, restApiId)).map((s) => s.stageName),
  );
}
