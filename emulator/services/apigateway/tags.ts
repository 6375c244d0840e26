import { removeEntry } from '../../core/entry';
import type { ServiceContext } from '../../core/types';
import { jsonResponse } from '../../core/protocols/restJson';
import type { Tags } from './state';
import { badRequest, notFound } from './errors';
import { bodyOf, queryOf } from './input';
import { callerSlot } from './lookup';
import { parsePrivateDomainArn } from './arns';
import type { PathParams } from './router';

const MAX_TAGS = 50;

/** The tag map of the caller's resource named by `arn` (REST API, stage, public/private domain, DNAA). */
function tagsOf(ctx: ServiceContext, arn: string): Tags {
  const slot = callerSlot(ctx);
  const prefix = `arn:aws:apigateway:${ctx.req.region}:`;
  if (!arn.startsWith(prefix)) throw notFound(`Invalid resource ARN for this Region: ${arn}`);
  const stage = /^arn:aws:apigateway:[^:]+::\/restapis\/([^/]+)\/stages\/([^/]+)$/.exec(arn);
  if (stage) {
    const found = slot.restApis.find((a) => a.id === stage[1])?.stages.find((s) => s.stageName === stage[2]);
    if (found) return found.tags;
  }
  const api = /^arn:aws:apigateway:[^:]+::\/restapis\/([^/]+)$/.exec(arn);
  if (api) {
    const found = slot.restApis.find((a) => a.id === api[1]);
    if (found) return found.tags;
  }
  const privateDomain = parsePrivateDomainArn(arn);
  if (privateDomain && privateDomain.account === ctx.req.account) {
    const found = slot.domainNames.find((d) => d.domainNameArn === arn);
    if (found) return found.tags;
  }
  const publicDomain = /^arn:aws:apigateway:[^:]+::\/domainnames\/([^/+]+)$/.exec(arn);
  if (publicDomain) {
    const found = slot.domainNames.find((d) => d.domainNameId === undefined && d.domainName === publicDomain[1]);
    if (found) return found.tags;
  }
  const association = slot.accessAssociations.find((a) => a.domainNameAccessAssociationArn === arn);
  if (association) return association.tags;
  throw notFound(`Invalid resource identifier specified: ${arn}`);
}

export function getTags(ctx: ServiceContext, params: PathParams) {
  return jsonResponse(200, { tags: tagsOf(ctx, params.resource_arn) });
}

export function tagResource(ctx: ServiceContext, params: PathParams) {
  const tags = tagsOf(ctx, params.resource_arn);
  const added = bodyOf(ctx).stringMap('tags');
  if (!added) throw badRequest("Invalid request input: 'tags' is required");
  if (Object.keys({ ...tags, ...added }).length > MAX_TAGS)
    throw badRequest(`A resource can have at most ${MAX_TAGS} tags`);
  Object.assign(tags, added);
  ctx.commit();
  return jsonResponse(204);
}

export function untagResource(ctx: ServiceContext, params: PathParams) {
  const tags = tagsOf(ctx, params.resource_arn);
  const keys = queryOf(ctx).all('tagKeys');
  if (keys.length === 0) throw badRequest("Invalid request input: 'tagKeys' is required");
  for (const key of keys) removeEntry(tags, key);
  ctx.commit();
  return jsonResponse(204);
}
