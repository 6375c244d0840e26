import { parse } from '@cdktf/hcl2json';

/**
 * Checks a Terraform configuration: parsed by a maintained HCL parser (`@cdktf/hcl2json`), then every resource and
 * argument compared with the hashicorp/aws provider's documented arguments, every reference resolved, and the
 * provider pinned to a release that supports private custom domains.
 *
 * The table follows the provider's registry docs (registry.terraform.io/providers/hashicorp/aws/5.82.0/docs/resources/…)
 * for the resources the export uses; `endpoint_access_mode` is from the later release that added it.
 */

interface ResourceDoc {
  required: string[];
  optional?: string[];
  blocks?: Record<string, ResourceDoc>;
  /** Exported attributes other configuration may reference (besides the arguments). */
  attributes?: string[];
}

export const AWS_PROVIDER_DOCS: Partial<Record<string, ResourceDoc>> = {
  aws_api_gateway_domain_name: {
    required: ['domain_name'],
    optional: [
      'certificate_arn',
      'certificate_body',
      'certificate_chain',
      'certificate_name',
      'certificate_private_key',
      'endpoint_access_mode',
      'ownership_verification_certificate_arn',
      'policy',
      'regional_certificate_arn',
      'regional_certificate_name',
      'security_policy',
      'tags',
    ],
    blocks: {
      endpoint_configuration: { required: ['types'], optional: ['ip_address_type'] },
      mutual_tls_authentication: { required: ['truststore_uri'], optional: ['truststore_version'] },
    },
    attributes: ['arn', 'domain_name_id', 'id', 'certificate_upload_date', 'tags_all'],
  },
  aws_api_gateway_base_path_mapping: {
    required: ['api_id', 'domain_name'],
    optional: ['base_path', 'domain_name_id', 'stage_name'],
    attributes: ['id'],
  },
  aws_api_gateway_rest_api_policy: { required: ['rest_api_id', 'policy'], attributes: ['id'] },
  aws_api_gateway_domain_name_access_association: {
    required: ['access_association_source', 'access_association_source_type', 'domain_name_arn'],
    optional: ['tags'],
    attributes: ['arn', 'id', 'tags_all'],
  },
  aws_ram_resource_share: {
    required: ['name'],
    optional: ['allow_external_principals', 'permission_arns', 'tags'],
    attributes: ['arn', 'id', 'tags_all'],
  },
  aws_ram_resource_association: { required: ['resource_arn', 'resource_share_arn'], attributes: ['id'] },
  aws_ram_principal_association: { required: ['principal', 'resource_share_arn'], attributes: ['id'] },
  aws_route53_zone: {
    required: ['name'],
    optional: ['comment', 'delegation_set_id', 'force_destroy', 'tags'],
    blocks: { vpc: { required: ['vpc_id'], optional: ['vpc_region'] } },
    attributes: ['arn', 'id', 'name_servers', 'primary_name_server', 'tags_all', 'zone_id'],
  },
  aws_route53_record: {
    required: ['name', 'type', 'zone_id'],
    optional: [
      'allow_overwrite',
      'health_check_id',
      'multivalue_answer_routing_policy',
      'records',
      'set_identifier',
      'ttl',
    ],
    blocks: { alias: { required: ['evaluate_target_health', 'name', 'zone_id'] } },
    attributes: ['fqdn', 'id'],
  },
};

const META_ARGUMENTS = new Set(['count', 'for_each', 'depends_on', 'provider', 'lifecycle']);

type Body = Record<string, unknown>;
type Blocks = Partial<Record<string, Partial<Record<string, Body[]>>>>;

function checkBody(body: Body, doc: ResourceDoc, where: string, problems: string[]): void {
  const known = new Set([...doc.required, ...(doc.optional ?? [])]);
  for (const [name, value] of Object.entries(body)) {
    if (META_ARGUMENTS.has(name)) continue;
    const block = doc.blocks?.[name];
    if (block) {
      for (const [i, b] of (value as Body[]).entries()) checkBody(b, block, `${where}.${name}[${i}]`, problems);
    } else if (!known.has(name)) problems.push(`${where}: ${name} is not a documented argument`);
  }
  for (const name of doc.required) if (!(name in body)) problems.push(`${where}: required argument ${name} missing`);
}

function references(value: unknown): string[] {
  const text = JSON.stringify(value);
  return [...text.matchAll(/\$\{([^}]*)\}/g)].flatMap(
    (m) => m[1].match(/\b(?:aws_[a-z0-9_]+|var)\.[A-Za-z0-9_.]+/g) ?? [],
  );
}

const older = (a: number[], b: number[]): boolean => {
  const i = a.findIndex((n, k) => n !== b[k]);
  return i >= 0 && a[i] < b[i];
};

/** The version constraint's lower bound, e.g. `>= 5.82.0` → [5, 82, 0]. */
function lowerBound(constraint: string): number[] | undefined {
  const m = />=\s*(\d+)\.(\d+)(?:\.(\d+))?/.exec(constraint);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3] || 0)] : undefined;
}

export async function terraformProblems(hcl: string, minimumProvider = [5, 82, 0]): Promise<string[]> {
  const problems: string[] = [];
  const json = (await parse('export.tf', hcl)) as {
    terraform?: { required_providers?: Record<string, { source?: string; version?: string }>[] }[];
    variable?: Record<string, unknown>;
    resource?: Blocks;
  };
  const aws = json.terraform?.[0]?.required_providers?.[0]?.aws;
  const bound = aws?.version ? lowerBound(aws.version) : undefined;
  if (aws?.source !== 'hashicorp/aws') problems.push('required_providers does not name hashicorp/aws');
  if (!bound || older(bound, minimumProvider))
    problems.push(`hashicorp/aws is not pinned to >= ${minimumProvider.join('.')} (got ${aws?.version ?? 'nothing'})`);

  const resources = json.resource ?? {};
  const variables = new Set(Object.keys(json.variable ?? {}));
  if (Object.keys(resources).length === 0) problems.push('No resources');
  for (const [type, byName] of Object.entries(resources)) {
    const doc = AWS_PROVIDER_DOCS[type];
    for (const [name, bodies = []] of Object.entries(byName ?? {})) {
      const where = `${type}.${name}`;
      if (!doc) {
        problems.push(`${where}: resource type not in the documented table`);
        continue;
      }
      for (const body of bodies) {
        checkBody(body, doc, where, problems);
        for (const r of references(body)) {
          const [head, second, attribute] = r.split('.');
          if (head === 'var') {
            if (!variables.has(second)) problems.push(`${where}: var.${second} is not declared`);
            continue;
          }
          const target = resources[head]?.[second];
          const targetDoc = AWS_PROVIDER_DOCS[head];
          if (!target) problems.push(`${where}: ${head}.${second} is not defined`);
          else if (
            targetDoc &&
            ![...targetDoc.required, ...(targetDoc.optional ?? []), ...(targetDoc.attributes ?? [])].includes(attribute)
          )
            problems.push(`${where}: ${head} has no attribute ${attribute}`);
        }
      }
    }
  }
  return problems;
}
