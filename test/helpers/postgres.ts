/**
 * A throw-away PostgreSQL 15 server for one test file: a fresh cluster in a temporary directory,
 * listening on 127.0.0.1 at a free port with trust authentication, its unix socket inside the
 * same directory. PostgreSQL refuses to run as root, so when the tests run as root every server
 * command runs as the `postgres` user through `runuser`, and the directory is handed to that user.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where the Debian and Ubuntu packages install the PostgreSQL 15 server programs. */
export const POSTGRES_BIN = '/usr/lib/postgresql/15/bin';

/** A running throw-away server. */
export interface PostgresServer {
  /** The TCP port on 127.0.0.1. */
  readonly port: number;
  /** A libpq URL for the `postgres` superuser and database, without TLS. */
  readonly connectionString: string;
  /** Runs SQL through psql and returns its unaligned, tuples-only output. */
  query(sql: string): Promise<string>;
  /** Stops the server at once and removes its directory; safe to call twice. */
  stop(): Promise<void>;
}

/** The uid and gid of the `postgres` user. */
function postgresUser(): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

/** The command line that runs a server program as a user PostgreSQL accepts. */
function asServerUser(program: string, args: readonly string[]): [string, string[]] {
  const path = join(POSTGRES_BIN, program);
  return process.getuid?.() === 0
    ? ['runuser', ['-u', 'postgres', '--', path, ...args]]
    : [path, [...args]];
}

/** Runs a server program to completion; rejects with its output when it fails. */
function runServerProgram(program: string, args: readonly string[]): Promise<string> {
  const [command, commandArgs] = asServerUser(program, args);
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolveRun(output) : reject(new Error(`${program} exited ${code}\n${output}`)),
    );
  });
}

/** A TCP port nothing listens on at the moment of asking. */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/**
 * Creates a cluster and starts it; resolves once it accepts connections. Durability is switched
 * off (fsync, synchronous commit): the server lives for one test file.
 */
export async function startPostgres(): Promise<PostgresServer> {
  const directory = mkdtempSync(join(tmpdir(), 'mojo-pg-'));
  const dataDirectory = join(directory, 'data');
  const socketDirectory = join(directory, 'socket');
  mkdirSync(socketDirectory);

  // The server user must own the cluster and reach the socket directory.
  chmodSync(directory, 0o755);
  if (process.getuid?.() === 0) {
    const { uid, gid } = postgresUser();
    chownSync(directory, uid, gid);
    chownSync(socketDirectory, uid, gid);
  }

  await runServerProgram('initdb', [
    '--pgdata',
    dataDirectory,
    '--username',
    'postgres',
    '--auth',
    'trust',
    '--encoding',
    'UTF8',
    '--locale',
    'C',
    '--no-sync',
  ]);

  const port = await freePort();
  const serverOptions = [
    `-p ${port}`,
    `-k ${socketDirectory}`,
    '-c listen_addresses=127.0.0.1',
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
  ].join(' ');
  await runServerProgram('pg_ctl', [
    '--pgdata',
    dataDirectory,
    '--log',
    join(directory, 'server.log'),
    '--options',
    serverOptions,
    '--wait',
    'start',
  ]);

  let stopped = false;
  return {
    port,
    connectionString: `postgres://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    query: (sql) =>
      runServerProgram('psql', [
        '--host',
        socketDirectory,
        '--port',
        String(port),
        '--username',
        'postgres',
        '--no-psqlrc',
        '--tuples-only',
        '--no-align',
        '--set',
        'ON_ERROR_STOP=1',
        '--command',
        sql,
      ]).then((output) => output.trim()),
    stop: async () => {
      if (stopped) {
        return;
      }
      stopped = true;
      try {
        await runServerProgram('pg_ctl', [
          '--pgdata',
          dataDirectory,
          '--mode',
          'immediate',
          'stop',
        ]);
      } finally {
        rmSync(directory, { recursive: true, force: true });
      }
    },
  };
}
