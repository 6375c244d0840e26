import { NONE_BASE_PATH } from '@/lib/domains/base-path';
import type { ExportModel } from './model';

/** Readable identifiers for the generated code, derived from the domain name and base paths. */

function words(text: string): string[] {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '')
    .map((w) => w.toLowerCase());
}

/** `orders.internal.example.com` → `OrdersInternalExampleCom` (CloudFormation logical ids, CDK ids, classes). */
export function pascalName(text: string): string {
  const joined = words(text)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
  return /^[A-Za-z]/.test(joined) ? joined : `X${joined}`;
}

/** `orders.internal.example.com` → `orders_internal_example_com` (Terraform names, shell variables). */
export function snakeName(text: string): string {
  const joined = words(text).join('_');
  return /^[a-z]/.test(joined) ? joined : `x_${joined}`;
}

/** The catch-all base path has no name of its own. */
export function basePathWord(basePath: string): string {
  return basePath === NONE_BASE_PATH ? 'root' : basePath;
}

/** File name of a download, e.g. `orders.internal.example.com-terraform.tf`. */
export function exportFileName(model: ExportModel, extension: string): string {
  const base = model.kind === 'provider' ? model.domain.domainName : `${model.domain.domainName}-consumer`;
  return `${base.replace(/[^A-Za-z0-9.-]/g, '_')}.${extension}`;
}
