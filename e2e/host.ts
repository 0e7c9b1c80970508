/**
 * Starting and killing `gwdraft serve` for a spec: a real child process, so "kill the host mid-edit"
 * is a real SIGKILL. The URL (with its token) is read from the first line of stdout.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface RunningHost {
  url: string;
  origin: string;
  port: number;
  token: string;
  child: ChildProcess;
}

export class HostProcess {
  current: RunningHost | null = null;
  stderr = '';

  constructor(
    readonly workspace: string,
    readonly dataDir: string,
    /** Added to this process's environment for the host (e.g. GWDRAFT_RENDERER_DIR). */
    readonly env: NodeJS.ProcessEnv = {},
  ) {}

  async start(): Promise<RunningHost> {
    const child = spawn(
      process.execPath,
      [
        'cli/bin/gwdraft.mjs',
        'serve',
        '--no-open',
        '--port',
        '0',
        '--workspace',
        this.workspace,
        '--data-dir',
        this.dataDir,
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...this.env } },
    );
    // If the test worker dies, take the host with it.
    const reap = () => child.kill('SIGKILL');
    process.once('exit', reap);
    child.once('exit', () => process.off('exit', reap));
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (d: string) => (this.stderr += d));
    const first = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`gwdraft serve printed no URL in 30 s. stderr: ${this.stderr}`)),
        30_000,
      );
      const lines = createInterface({ input: child.stdout! });
      lines.once('line', (line) => {
        clearTimeout(timer);
        resolve(line);
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`gwdraft serve exited with ${code}. stderr: ${this.stderr}`));
      });
    });
    const u = new URL(first);
    if (u.hostname !== '127.0.0.1') throw new Error(`host is not on 127.0.0.1: ${first}`);
    this.current = {
      url: first,
      origin: u.origin,
      port: Number(u.port),
      token: u.searchParams.get('token') ?? '',
      child,
    };
    return this.current;
  }

  /** SIGKILL: no chance to flush or clean up, like a crash or a power cut. */
  async kill(): Promise<void> {
    await this.signal('SIGKILL');
  }

  async stop(): Promise<void> {
    await this.signal('SIGTERM');
  }

  private async signal(sig: NodeJS.Signals): Promise<void> {
    const h = this.current;
    this.current = null;
    if (!h || h.child.exitCode !== null || h.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => h.child.once('exit', () => resolve()));
    h.child.kill(sig);
    await exited;
  }
}
