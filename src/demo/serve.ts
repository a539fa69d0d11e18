import { DEFAULT_USERS, startDemoApp, type DemoApp, type DemoAppOptions } from './app.js';

/** Where stop signals come from: the process, or an EventEmitter in tests. */
export interface SignalSource {
  once(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
  off(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
}

export interface ServeDemoOptions {
  /** Arguments after the script name; the first, if any, is the port (default 0, a free port). */
  argv?: readonly string[];
  write?: (text: string) => void;
  signals?: SignalSource;
  app?: Omit<DemoAppOptions, 'port'>;
}

/**
 * Starts the demo app for a person to try, prints where it listens and how to sign in, and closes
 * it on SIGINT or SIGTERM. Throws on a port that is not a number from 0 to 65535.
 */
export async function serveDemo(options: ServeDemoOptions = {}): Promise<DemoApp> {
  const { argv = process.argv.slice(2), write = (text) => process.stdout.write(text), signals = process } = options;
  const port = parsePort(argv[0]);
  const app = await startDemoApp({ ...options.app, port });
  // The default passwords are public (docs/demo-app.md); passwords a caller chose are not printed.
  const users = options.app?.users?.map((u) => `  ${u.role}: ${u.email}`) ?? DEFAULT_USERS.map((u) => `  ${u.role}: ${u.email} / ${u.password}`);
  write(
    [
      `Demo app listening on ${app.url}`,
      ...users,
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );

  const stop = (): void => {
    close().then(
      () => write('Demo app stopped.\n'),
      (error: unknown) => write(`Demo app did not stop cleanly: ${String(error)}\n`),
    );
  };
  const close = (): Promise<void> => {
    signals.off('SIGINT', stop);
    signals.off('SIGTERM', stop);
    return app.close();
  };
  signals.once('SIGINT', stop);
  signals.once('SIGTERM', stop);
  return { ...app, close };
}

function parsePort(text: string | undefined): number {
  if (text === undefined) return 0;
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  if (!(port <= 65535)) throw new Error(`the port must be a number from 0 to 65535, got ${JSON.stringify(text)}`);
  return port;
}
