#!/usr/bin/env node
import '../dirname-shim.js';
import { runCli } from './main.js';
import { demoCommand } from '../demo/command.js';

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  isTTY: !!process.stdout.isTTY,
  stdin: () => process.stdin,
}, { demo: demoCommand });
process.exitCode = code;
