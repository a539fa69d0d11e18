import { afterAll, beforeAll } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageLock, ruleTester } from '../tester.js';
import { startRegistryStandIn, type StandIn } from '../stand-ins.js';

let registry: StandIn;
let exportDir: string;
beforeAll(async () => {
  registry = await startRegistryStandIn({ '/stripe/latest': { version: '14.9.0' }, '/stripe/14.0.0': { version: '14.0.0' } });
  exportDir = mkdtempSync(join(tmpdir(), 'release-gate-osv-'));
  writeFileSync(join(exportDir, 'GHSA-none.json'), JSON.stringify({ id: 'GHSA-none', affected: [] }));
});
afterAll(async () => {
  await registry.close();
  rmSync(exportDir, { recursive: true, force: true });
});

ruleTester('dependency-metadata-skipped', {
  valid: [
    { name: 'registry: false says it is intended', section: () => `advisories: ${exportDir}`, files: { 'package-lock.json': packageLock({ stripe: { version: '14.0.0' } }) } },
    { name: 'no critical package', section: () => `advisories: ${exportDir}\nregistry: true`, files: { 'package-lock.json': packageLock({ express: { version: '4.18.2' } }) } },
    { name: 'the registry answered', section: () => `registry: true\nregistry-urls: { npm: "${registry.url}" }`, files: { 'package-lock.json': packageLock({ stripe: { version: '14.0.0' } }) } },
  ],
  invalid: [
    {
      name: 'offline: advisories from a directory',
      section: () => `advisories: ${exportDir}\nregistry: true`,
      files: { 'package-lock.json': packageLock({ stripe: { version: '14.0.0' } }) },
      errors: [{ file: '.github/release-gate.yml', line: 3, severity: 'notice', message: '1 critical package(s) were not checked for deprecation or newer major releases: advisories come from a local directory, so the run is offline' }],
    },
    {
      name: 'the registry does not know the package',
      section: () => `registry: true\nregistry-urls: { npm: "${registry.url}" }`,
      files: { 'package-lock.json': packageLock({ passport: { version: '0.7.0' } }) },
      errors: [{ file: '.github/release-gate.yml', line: 3, message: /^the registry could not be asked about 1 critical package\(s\), so their deprecation and latest release are unknown: passport: 127\.0\.0\.1:\d+ answered \/passport\/latest with HTTP 404$/ }],
    },
  ],
});
