import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commercialRegions, partitionOf } from './regions';

describe('partitionOf', () => {
  it.each([
    ['us-east-1', 'aws'],
    ['eu-south-2', 'aws'],
    ['mx-central-1', 'aws'],
    ['cn-north-1', 'aws-cn'],
    ['cn-northwest-1', 'aws-cn'],
    ['us-gov-west-1', 'aws-us-gov'],
    ['us-iso-east-1', 'aws-iso'],
    ['us-isob-east-1', 'aws-iso-b'],
    ['eu-isoe-west-1', 'aws-iso-e'],
    ['us-isof-south-1', 'aws-iso-f'],
    ['eusc-de-east-1', 'aws-eusc'],
    // A Region the SDK does not list yet still gets its partition from the name pattern.
    ['cn-southwest-9', 'aws-cn'],
  ])('%s is in %s', (region, expected) => {
    expect(partitionOf(region)).toBe(expected);
  });
});

/** The SDK's partition data, read from the file its bundle is built from (tests only: the file is not exported). */
async function sdkPartitions(): Promise<{ id: string; regions: Record<string, unknown> }[]> {
  const core = path.dirname(createRequire(import.meta.url).resolve('@aws-sdk/core/package.json'));
  const file = path.join(core, 'dist-es/submodules/client/util-endpoints/lib/aws/partitions.js');
  const data = (await import(pathToFileURL(file).href)) as {
    partitionsInfo: { partitions: { id: string; regions: Record<string, unknown> }[] };
  };
  return data.partitionsInfo.partitions;
}

describe('commercialRegions', () => {
  it('lists every Region of the aws partition the SDK knows, and only those', async () => {
    const aws = (await sdkPartitions()).find((p) => p.id === 'aws');
    const expected = Object.keys(aws?.regions ?? {})
      .filter((code) => code !== 'aws-global')
      .sort();
    expect(commercialRegions().map((r) => r.code)).toEqual(expected);
  });

  it('includes the Regions the old hand-kept list missed, with their names', () => {
    const byCode = new Map(commercialRegions().map((r) => [r.code, r.description]));
    for (const code of [
      'ap-east-2',
      'ap-southeast-4',
      'ap-southeast-5',
      'ap-southeast-7',
      'ca-west-1',
      'mx-central-1',
    ]) {
      expect(byCode.has(code), code).toBe(true);
    }
    expect(byCode.get('eu-west-1')).toBe('Europe (Ireland)');
  });
});
