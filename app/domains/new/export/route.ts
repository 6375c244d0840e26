import type { NextRequest } from 'next/server';
import { getSession } from '@/lib/aws/session';
import { decodePlanParam } from '@/lib/export/plan-param';
import { exportCreatePlan } from '@/lib/services/export/plan-export';
import { exportResponse, invalidInput } from '@/lib/services/export/respond';

/** GET /domains/new/export?format=cli|cloudformation|terraform|cdk&plan=<wizard input>: the plan "Create" would run, as code. */
export async function GET(request: NextRequest): Promise<Response> {
  const params = request.nextUrl.searchParams;
  const plan = decodePlanParam(params.get('plan'));
  if (!plan.ok) return invalidInput(plan.message, 'plan');
  const session = await getSession();
  return exportResponse(params.get('format'), () => exportCreatePlan(session, plan.input));
}
