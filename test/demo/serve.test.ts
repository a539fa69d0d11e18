import { describe, expect, test } from '@jest/globals';
import { EventEmitter } from 'node:events';
import { serveDemo } from '../../src/demo/serve.js';

function capture(): { write: (text: string) => void; text: () => string; next: (needle: string) => Promise<void> } {
  let out = '';
  const waiters: Array<() => void> = [];
  return {
    write: (text) => {
      out += text;
      waiters.splice(0).forEach((wake) => wake());
    },
    text: () => out,
    next: async (needle) => {
      while (!out.includes(needle)) await new Promise<void>((wake) => waiters.push(wake));
    },
  };
}

describe('serveDemo', () => {
  test.each(['SIGINT', 'SIGTERM'] as const)('prints the URL and users, serves, and stops on %s', async (signal) => {
    const output = capture();
    const signals = new EventEmitter();
    const app = await serveDemo({ argv: ['0'], write: output.write, signals });
    expect(output.text()).toBe(
      [
        `Demo app listening on ${app.url}`,
        '  admin: admin@demo.test / demo-admin-pass',
        '  viewer: viewer@demo.test / demo-viewer-pass',
        'Press Ctrl+C to stop.',
        '',
      ].join('\n'),
    );
    expect(app.url).toBe(`http://127.0.0.1:${app.port}`);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);

    signals.emit(signal);
    await output.next('Demo app stopped.\n');
    expect(signals.listenerCount('SIGINT') + signals.listenerCount('SIGTERM')).toBe(0);
    await expect(fetch(`${app.url}/healthz`)).rejects.toThrow();
  });

  test('close() also stops listening for signals', async () => {
    const signals = new EventEmitter();
    const app = await serveDemo({ argv: [], write: () => {}, signals });
    expect(signals.listenerCount('SIGTERM')).toBe(1);
    await app.close();
    expect(signals.listenerCount('SIGINT') + signals.listenerCount('SIGTERM')).toBe(0);
  });

  test('passwords of caller-chosen users are not printed', async () => {
    const output = capture();
    const app = await serveDemo({
      argv: [],
      write: output.write,
      signals: new EventEmitter(),
      app: { users: [{ email: 'ops@corp.test', password: 'do-not-print-me', role: 'admin' }] },
    });
    await app.close();
    expect(output.text()).toContain('  admin: ops@corp.test\n');
    expect(output.text()).not.toContain('do-not-print-me');
  });

  test.each([['abc'], ['70000'], ['-1'], ['8080x']])('refuses the port %s', async (port) => {
    await expect(serveDemo({ argv: [port], write: () => {}, signals: new EventEmitter() })).rejects.toThrow(
      `the port must be a number from 0 to 65535, got "${port}"`,
    );
  });
});
