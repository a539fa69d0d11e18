import { afterAll, describe, expect, test } from '@jest/globals';
import { deflateRawSync, gzipSync } from 'node:zlib';
import { readArchive } from '../../../src/checks/secrets/archive.js';
import { crc32 } from '../../../src/checks/secrets/checksums.js';
import { checksummedToken, randomString, ALPHABETS, seeded } from './synthesize.js';
import { removeWorkspaces, runSecretsCheck, where, workspace } from './workspace.js';

/** Issue 15: archives are a notice, or opened with `archives: true`; binary types are skipped silently. */

const random = seeded(2026);
afterAll(removeWorkspaces);

function tar(files: Record<string, string | Buffer>): Buffer {
  const blocks: Buffer[] = [];
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content);
    const header = Buffer.alloc(512);
    header.write(name, 0, 100, 'utf8');
    header.write('0000644\0', 100);
    header.write('0000000\0', 108);
    header.write('0000000\0', 116);
    header.write(`${data.length.toString(8).padStart(11, '0')}\0`, 124);
    header.write(`${Math.floor(Date.UTC(2026, 0, 1) / 1000).toString(8).padStart(11, '0')}\0`, 136);
    header.write('        ', 148);
    header.write('0', 156);
    header.write('ustar\0' + '00', 257);
    let sum = 0;
    for (const b of header) sum += b;
    header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
    blocks.push(header, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  return Buffer.concat([...blocks, Buffer.alloc(1024)]);
}

function zip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content);
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(content), 14); local.writeUInt32LE(packed.length, 18); local.writeUInt32LE(data.length, 22); local.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0); entry.writeUInt16LE(20, 4); entry.writeUInt16LE(20, 6); entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc32(content), 16); entry.writeUInt32LE(packed.length, 20); entry.writeUInt32LE(data.length, 24); entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    central.push(entry, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(Object.keys(files).length, 8); end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const token = checksummedToken('ghp', random);
const password = `Tq4${randomString(13, ALPHABETS.base62!, random)}`;
const files = () => ({
  'backups/config.tar.gz': gzipSync(tar({ 'config/app.yml': 'name: portal\n', 'config/.env': `NODE_ENV=production\nLOG_LEVEL=info\nGITHUB_TOKEN=${token}\n`, 'config/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]) })),
  'release.zip': zip({ 'portal/settings.yml': `database:\n  password: "${password}"\n`, 'portal/README.txt': 'release notes\n' }),
  'old/data.7z': Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4]),
  'charts/portal/charts/postgresql-16.4.16.tgz': gzipSync(tar({ 'postgresql/Chart.yaml': 'name: postgresql\n' })),
  'locale/es/LC_MESSAGES/django.mo': Buffer.from([0xde, 0x12, 0x04, 0x95, 0, 0, 0, 0]),
  'app/__pycache__/views.cpython-312.pyc': Buffer.from([0xcb, 0x0d, 0x0d, 0x0a, 0, 0, 0, 0]),
  'site/fonts/inter.woff2': Buffer.from([0x77, 0x4f, 0x46, 0x32, 0, 1, 0, 0]),
  'src/app.ts': 'export const ok = true;\n',
});

describe('archives', () => {
  test('by default each archive is a notice naming it; Helm dependency archives, .mo, .pyc and fonts are skipped silently', async () => {
    const result = await runSecretsCheck(workspace(files()), 'version: 1\nsecrets: {}\n');
    expect(where(result.findings)).toEqual([
      { ruleId: 'secrets-archive-not-scanned', severity: 'notice', file: 'backups/config.tar.gz', line: undefined },
      { ruleId: 'secrets-archive-not-scanned', severity: 'notice', file: 'old/data.7z', line: undefined },
      { ruleId: 'secrets-archive-not-scanned', severity: 'notice', file: 'release.zip', line: undefined },
    ]);
    expect(result.findings[0]!.message).toBe('not scanned: backups/config.tar.gz is an archive (archives are not opened unless secrets.archives is true)');
    expect(result.metrics).toMatchObject({ files: { scanned: 1, skippedBinary: 4 }, archives: { notScanned: 3, opened: 0, entries: 0 } });
  });

  test('with archives: true the text files inside are scanned; findings name the archive, the entry and its line', async () => {
    const result = await runSecretsCheck(workspace(files()), 'version: 1\nsecrets:\n  archives: true\n');
    expect(where(result.findings)).toEqual([
      { ruleId: 'github-pat', severity: 'error', file: 'backups/config.tar.gz', line: undefined },
      { ruleId: 'generic-password-assignment', severity: 'error', file: 'release.zip', line: undefined },
      { ruleId: 'secrets-archive-not-scanned', severity: 'notice', file: 'old/data.7z', line: undefined },
    ]);
    expect(result.findings[0]!.message).toBe('GitHub personal access token (classic): ghp_…(40 chars) (inside the archive: config/.env, line 3)');
    expect(result.findings[1]!.message).toBe(`Hard-coded password: ${password.slice(0, 4)}…(16 chars) (assigned to password) (inside the archive: portal/settings.yml, line 2)`);
    expect(result.findings[2]!.message).toBe('not scanned: old/data.7z is an archive (the scanner cannot open this archive type)');
    expect(result.metrics).toMatchObject({ archives: { notScanned: 1, opened: 3, entries: 5 } });
    expect(JSON.stringify(result.findings)).not.toContain(token);
    expect(result.masker.mask(token)).toBe('***');
  });

  test('limits: an entry over max-file-size is skipped with a notice; a damaged archive is a notice, not a crash', async () => {
    const big = zip({ 'dump.sql': `-- ${'x'.repeat(8000)}\n`, 'small.env': `GITHUB_TOKEN=${token}\n` });
    const dir = workspace({ 'big.zip': big, 'broken.zip': Buffer.from(randomString(300, ALPHABETS.base62!, random)), 'broken.tgz': Buffer.from('not gzip') });
    const result = await runSecretsCheck(dir, 'version: 1\nsecrets:\n  archives: true\n  max-file-size: 4KB\n');
    expect(result.findings.map((f) => [f.ruleId, f.file, f.message])).toEqual([
      ['github-pat', 'big.zip', 'GitHub personal access token (classic): ghp_…(40 chars) (inside the archive: small.env, line 1)'],
      ['secrets-archive-not-scanned', 'big.zip', 'partly scanned: big.zip: 1 entry over the size limits or encrypted (dump.sql)'],
      ['secrets-archive-not-scanned', 'broken.tgz', 'partly scanned: broken.tgz: it is not valid gzip data'],
      ['secrets-archive-not-scanned', 'broken.zip', 'partly scanned: broken.zip: it has no zip central directory'],
    ]);
  });

  test('readArchive never throws on garbage', () => {
    for (let i = 0; i < 200; i++) {
      const junk = Buffer.from(randomString(1 + Math.floor(random() * 2000), ALPHABETS.base64!, random));
      junk.writeUInt32LE(0x06054b50, Math.max(0, junk.length - 22));
      for (const name of ['a.zip', 'a.tar', 'a.tgz', 'a.gz']) {
        expect(() => readArchive(name, junk, { maxEntryBytes: 1024, maxTotalBytes: 4096 })).not.toThrow();
      }
    }
  });
});
