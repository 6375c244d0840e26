import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateBasePathMappingCommand,
  CreateDomainNameCommand,
  GetBasePathMappingsCommand,
  GetDomainNameCommand,
  GetRestApiCommand,
} from '@aws-sdk/client-api-gateway';
import { apiGateway, issuedCertificate, startTestEmulator } from '../testing/harness';
import { deployedPrivateApi } from '../testing/privateApi';
import { StateFileError } from './store';

let dir: string;
let statePath: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'emulator-state-'));
  statePath = join(dir, 'nested', 'state.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('persistent state', () => {
  it('finds everything again after a restart on the same state file', async () => {
    const first = await startTestEmulator({ statePath });
    const client = apiGateway(first);
    const cert = await issuedCertificate(first, '*.persist.example.com');
    const apiId = await deployedPrivateApi(client, 'persisted');
    const domain = await client.send(
      new CreateDomainNameCommand({
        domainName: 'api.persist.example.com',
        certificateArn: cert,
        endpointConfiguration: { types: ['PRIVATE'] },
      }),
    );
    await client.send(
      new CreateBasePathMappingCommand({
        domainName: domain.domainName!,
        domainNameId: domain.domainNameId,
        restApiId: apiId,
        stage: 'prod',
      }),
    );
    await fetch(`${first.url}/_emulator/clock`, { method: 'POST', body: JSON.stringify({ advanceSeconds: 600 }) });
    await first.close();

    const second = await startTestEmulator({ statePath, seed: { kind: 'demo' } });
    const again = apiGateway(second);
    expect((await again.send(new GetRestApiCommand({ restApiId: apiId }))).name).toBe('persisted');
    const ref = { domainName: domain.domainName!, domainNameId: domain.domainNameId };
    expect((await again.send(new GetDomainNameCommand(ref))).domainNameArn).toBe(domain.domainNameArn);
    expect((await again.send(new GetBasePathMappingsCommand(ref))).items).toEqual([
      { basePath: '(none)', restApiId: apiId, stage: 'prod' },
    ]);
    expect(second.state().clockOffsetSeconds).toBe(600);
    await second.close();
    expect(readdirSync(join(dir, 'nested'))).toEqual(['state.json']);
  });

  it('refuses a corrupt state file instead of resetting it', async () => {
    writeFileSync(statePath.replace('nested/', ''), '{"version": 1, "apigateway": {');
    await expect(startTestEmulator({ statePath: statePath.replace('nested/', '') })).rejects.toThrow(StateFileError);
    await expect(startTestEmulator({ statePath: statePath.replace('nested/', '') })).rejects.toThrow(/not valid JSON/);
    expect(readFileSync(statePath.replace('nested/', ''), 'utf8')).toBe('{"version": 1, "apigateway": {');
  });

  it('refuses a state file from a newer emulator', async () => {
    const path = join(dir, 'future.json');
    writeFileSync(path, JSON.stringify({ version: 2 }));
    await expect(startTestEmulator({ statePath: path })).rejects.toThrow(
      /version 2, newer than this emulator understands/,
    );
  });
});
