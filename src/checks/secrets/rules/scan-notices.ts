import type { RuleMeta } from '../../../rules/registry.js';
import { ALLOW_HELP, type Family, type RuleDocs } from '../rule.js';

/** Rules about the scan itself (what was skipped, the baseline) and about files that are secrets as a whole. */
export interface NoticeRule {
  meta: RuleMeta;
  family: Family;
  docs: Pick<RuleDocs, 'why' | 'detection'> & { unsafe: string; safe: string };
}

export const NOTICE_RULES = {
  fileTooLarge: {
    meta: {
      id: 'secrets-file-too-large', check: 'secrets', severity: 'notice',
      description: 'A file larger than `secrets.max-file-size` was not scanned.',
      help: 'Exclude it in `secrets.exclude` if it is generated data, or raise `secrets.max-file-size` to scan it (large files are streamed, so memory stays flat).',
    },
    family: 'scan',
    docs: {
      unsafe: 'A 40 MB fixtures/dump.sql with the default max-file-size of 10 MB.',
      safe: 'secrets:\n  max-file-size: 64MB      # or: exclude: ["fixtures/dump.sql"]',
      why: 'A skipped file is a blind spot; the notice makes it visible instead of silently passing.',
    },
  },
  binarySkipped: {
    meta: {
      id: 'secrets-binary-file-skipped', check: 'secrets', severity: 'notice',
      description: 'A file that looks binary (it has NUL bytes near the start) was not scanned.',
      help: 'Nothing to do for real binaries; exclude the path in `secrets.exclude` to silence the notice. Text in UTF-16 looks binary too: convert it to UTF-8 to have it scanned.',
    },
    family: 'scan',
    docs: {
      unsafe: 'assets/export.dat holding NUL bytes in its first 8 KB.',
      safe: 'secrets:\n  exclude: ["assets/**"]',
      why: 'Secrets inside binary formats cannot be located by line and column; the notice says the file was not looked at. Images, fonts, compiled code, gettext catalogues and other known binary types are skipped without a notice; archives have their own notice (secrets-archive-not-scanned).',
    },
  },
  scanCapped: {
    meta: {
      id: 'secrets-scan-capped', check: 'secrets', severity: 'warning',
      description: 'The tree holds more files than one scan reads (200,000); the files after that were not scanned.',
      help: 'Narrow `secrets.paths` or add the generated or vendored trees to `secrets.exclude`, so the scan covers the code that matters.',
    },
    family: 'scan',
    docs: {
      unsafe: 'secrets:\n  paths: ["**/*"]    # in a checkout with a 900,000-file data directory',
      safe: 'secrets:\n  exclude: ["data/**"]',
      why: 'A walk of a million files takes the runner\'s memory and time and is almost never what was meant; the walk stops at the cap, in name order, and says so instead of crashing or passing silently.',
    },
  },
  unreadable: {
    meta: {
      id: 'secrets-file-unreadable', check: 'secrets', severity: 'warning',
      description: 'A file or directory could not be read (permissions, a broken link, or it vanished during the scan), or it is not a regular file (a FIFO, a socket, a device: a notice).',
      help: 'Fix the file\'s permissions or exclude it in `secrets.exclude`.',
    },
    family: 'scan',
    docs: {
      unsafe: 'config/secret.yml with mode 000.',
      safe: 'chmod 644 config/secret.yml, or exclude it.',
      why: 'A file the scanner cannot read could hold anything; it is a warning so the blind spot is not missed.',
    },
  },
  baselineInvalid: {
    meta: {
      id: 'secrets-baseline-invalid', check: 'secrets', severity: 'error',
      description: 'The baseline file is missing or not a valid release-gate secrets baseline.',
      help: 'Regenerate it with `release-gate secrets --write-baseline FILE`, or fix the path in `secrets.baseline`.',
    },
    family: 'scan',
    docs: {
      unsafe: 'secrets:\n  baseline: .release-gate/secrets-baseline.json   # file missing or hand-edited into invalid JSON',
      safe: 'release-gate secrets --write-baseline secrets-baseline.json   # then commit the reviewed file',
      why: 'Without a readable baseline every accepted finding would fail the gate again, or worse, a broken file could hide real ones; the gate fails loudly instead.',
    },
  },
  baselineWritten: {
    meta: {
      id: 'secrets-baseline-written', check: 'secrets', severity: 'notice',
      description: 'The current findings were recorded as accepted in a new baseline file.',
      help: 'Review every entry before committing the baseline: each one stays accepted wherever the same secret appears. Rotate real secrets instead of baselining them.',
    },
    family: 'scan',
    docs: {
      unsafe: 'Baselining a live production key to make the gate pass.',
      safe: 'Baselining test fixtures and documented example values, after review.',
      why: 'A baseline accepts findings by rule and secret hash, not by line, so moving code keeps them accepted; it must only hold findings that are not real secrets.',
    },
  },
  archiveNotScanned: {
    meta: {
      id: 'secrets-archive-not-scanned', check: 'secrets', severity: 'notice',
      description: 'An archive (.zip, .tar, .tar.gz, .gz, .7z, …) was not opened, so what it holds was not scanned.',
      help: 'Set `secrets.archives: true` to scan inside .zip, .tar, .tar.gz/.tgz and .gz files, or exclude the archive in `secrets.exclude`. Better still, keep archives out of the repository.',
    },
    family: 'scan',
    docs: {
      unsafe: 'backups/config-2025-11.tar.gz committed next to the code.',
      safe: 'secrets:\n  archives: true      # open .zip, .tar, .tar.gz/.tgz and .gz files and scan each text file inside',
      why: 'An archive of a config directory or a database dump is where forgotten credentials live; the notice names it so it is not a silent blind spot.',
      detection: 'By extension. With `archives: true` the readable kinds are opened (entries up to `max-file-size`, at most four times that in total, so a zip bomb costs no more); a finding inside names the archive and the entry. 7z, rar, xz, bz2 and zstd archives still get this notice. Binary entries are skipped by type, as in the tree.',
    },
  },
  keystoreFile: {
    meta: {
      id: 'keystore-file', check: 'secrets', severity: 'warning',
      description: 'A key store file (.p12, .pfx, .jks, .keystore, .bks) is committed; it usually holds a private key.',
      help: `Remove it from the repository (and its history), rotate the keys it holds, and load it at run time from a secret store. ${ALLOW_HELP}`,
    },
    family: 'private-keys',
    docs: {
      unsafe: 'android/app/release.keystore committed next to build.gradle.',
      safe: 'Store the key store as an encrypted CI secret and write it to disk only in the signing job.',
      why: 'Key stores are protected by a password that is almost always in the same repository or CI config (or is the default `changeit`).',
      detection: 'By file extension, since key stores are binary.',
    },
  },
} satisfies Record<string, NoticeRule>;
