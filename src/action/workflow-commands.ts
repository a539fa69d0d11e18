import { accessSync, appendFileSync, closeSync, constants, existsSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { EOL } from 'node:os';

// The parts of @actions/core the action uses, written as @actions/core 3 writes them (lib/command.js,
// lib/file-command.js, lib/summary.js), byte for byte. @actions/core's entry also loads its OIDC
// client, and with it an HTTP client and undici: about half of the action's start-up, for a feature
// the action never uses. test/action/workflow-commands.test.ts holds each function to @actions/core's.

/** Where an annotation points, as @actions/core's AnnotationProperties. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

function toCommandValue(input: unknown): string {
  if (input === null || input === undefined) return '';
  if (typeof input === 'string' || input instanceof String) return String(input);
  return JSON.stringify(input);
}

const escapeData = (s: unknown) => toCommandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: unknown) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::command key=value,…::message` on stdout; properties without a value are left out. */
export function issueCommand(command: string, properties: Record<string, unknown>, message: unknown): void {
  const props = Object.entries(properties).filter(([, value]) => value).map(([key, value]) => `${key}=${escapeProperty(value)}`);
  process.stdout.write(`::${command}${props.length ? ` ${props.join(',')}` : ''}::${escapeData(message)}${EOL}`);
}

function issueFileCommand(command: string, message: string): void {
  const path = process.env[`GITHUB_${command}`];
  if (!path) throw new Error(`Unable to find environment variable for file command ${command}`);
  if (!existsSync(path)) throw new Error(`Missing file at path: ${path}`);
  appendFileSync(path, `${message}${EOL}`, { encoding: 'utf8' });
}

/**
 * A random version 4 UUID, as crypto.randomUUID() makes one, from the system's random device: node:crypto
 * (its 15 modules) would otherwise load on every run of the action for the outputs' delimiters alone.
 * Where there is no /dev/urandom (Windows), or it does not answer, it is crypto.randomUUID().
 */
export function randomUuid(device = '/dev/urandom'): string {
  const bytes = Buffer.alloc(16);
  try {
    const fd = openSync(device, 'r');
    try {
      if (readSync(fd, bytes, 0, 16, null) !== 16) throw new Error('short read');
    } finally {
      closeSync(fd);
    }
  } catch {
    return (createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).randomUUID();
  }
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // the RFC 4122 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function keyValueMessage(key: string, value: unknown): string {
  const delimiter = `ghadelimiter_${randomUuid()}`;
  const converted = toCommandValue(value);
  if (key.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (converted.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${key}<<${delimiter}${EOL}${converted}${EOL}${delimiter}`;
}

/** An input from INPUT_<NAME> (spaces become underscores), trimmed; empty when not set. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

export function setOutput(name: string, value: unknown): void {
  if (process.env.GITHUB_OUTPUT) return issueFileCommand('OUTPUT', keyValueMessage(name, value));
  process.stdout.write(EOL);
  issueCommand('set-output', { name }, toCommandValue(value));
}

export function exportVariable(name: string, value: unknown): void {
  process.env[name] = toCommandValue(value);
  if (process.env.GITHUB_ENV) return issueFileCommand('ENV', keyValueMessage(name, value));
  issueCommand('set-env', { name }, toCommandValue(value));
}

const annotation = (level: 'error' | 'warning' | 'notice') => (message: string | Error, properties: AnnotationProperties = {}): void => {
  const props = Object.keys(properties).length
    ? { title: properties.title, file: properties.file, line: properties.startLine, endLine: properties.endLine, col: properties.startColumn, endColumn: properties.endColumn }
    : {};
  issueCommand(level, props, message instanceof Error ? message.toString() : message);
};
export const error = annotation('error');
export const warning = annotation('warning');
export const notice = annotation('notice');

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

/** A line shown only when the run has step debug logging on. */
export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

/** Folds the log lines that follow, up to endGroup, under `name`. */
export function startGroup(name: string): void {
  issueCommand('group', {}, name);
}

export function endGroup(): void {
  issueCommand('endgroup', {}, '');
}

/** Marks the step failed (exit code 1) with an error annotation. */
export function setFailed(message: string | Error): void {
  process.exitCode = 1;
  error(message);
}

/** Appends Markdown and a line break to the job summary (GITHUB_STEP_SUMMARY), as summary.addRaw(text, true).write() does. */
export async function appendSummary(markdown: string): Promise<void> {
  const path = process.env.GITHUB_STEP_SUMMARY;
  if (!path) throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
  // node:fs's synchronous calls rather than node:fs/promises, which a run would load (with readline and streams) for these two.
  try {
    accessSync(path, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`);
  }
  appendFileSync(path, markdown + EOL, { encoding: 'utf8' });
}
