/** `minutes serve`: the archive in a browser, read-only, on localhost unless told otherwise. */
import { spawn } from 'node:child_process';
import { Command, InvalidArgumentError, Option } from 'commander';
import { isLoopback, startServer } from '../../serve/server.js';
import { dbOption, withDb } from '../db-option.js';
import { ExitCode } from '../exit-codes.js';
import type { CommandContext } from '../main.js';
import { printError, printInfo, printWarning } from '../report.js';

interface ServeFlags {
  db?: string;
  port: number;
  host: string;
  open?: boolean;
}

function port(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 65535) throw new InvalidArgumentError('expected a port, 0 to 65535');
  return Number(value);
}

/** Opens `url` in the desktop's browser; a failure is a warning, never the server's end. */
function openBrowser(url: string, warn: (m: string) => void): void {
  const [cmd, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args as string[], { detached: true, stdio: 'ignore' });
    child.on('error', () => warn(`could not open a browser (${cmd}); open ${url} yourself`));
    child.unref();
  } catch {
    warn(`could not open a browser (${cmd}); open ${url} yourself`);
  }
}

export function serveCommand(ctx: CommandContext): Command {
  return new Command('serve')
    .description('Search and read the archive in a browser: a local, read-only web server over the database.')
    .addOption(new Option('-p, --port <port>', 'the port to listen on (0: any free port)').argParser(port).default(8080))
    .option('--host <host>', 'the address to listen on; 0.0.0.0 makes the archive visible on the network', '127.0.0.1')
    .option('--open', 'open the search page in the browser')
    .addOption(dbOption())
    .addHelpText(
      'after',
      `
The server prints its address on stdout and runs until stopped (Ctrl-C).
It never writes the database; \`minutes ingest\` may run meanwhile.

Examples:
  $ minutes serve --open
  $ minutes serve --db archive.db --port 8090`,
    )
    .action(async (flags: ServeFlags) => {
      ctx.setExit(
        await withDb(ctx.io, flags.db, 'read', async (db) => {
          let running;
          try {
            running = await startServer(db, { host: flags.host, port: flags.port });
          } catch (err) {
            const code = (err as NodeJS.ErrnoException).code;
            if (code === 'EADDRINUSE') printError(ctx.io, `port ${flags.port} is in use; give another with --port`);
            else if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') printError(ctx.io, `--host ${flags.host}: not an address of this machine`);
            else if (code === 'EACCES') printError(ctx.io, `port ${flags.port} needs privileges; use a port above 1023`);
            else throw err;
            return ExitCode.usage;
          }
          if (!isLoopback(flags.host)) {
            printWarning(ctx.io, `listening on ${flags.host}: the archive is visible to every machine that can reach this one on port ${running.port}`);
          }
          ctx.io.stdout.write(`${running.url}\n`);
          printInfo(ctx.io, `serving ${db.name} read-only; Ctrl-C stops it`);
          if (flags.open) openBrowser(running.url, (m) => printWarning(ctx.io, m));
          await new Promise<void>((resolve) => {
            const stop = () => {
              process.off('SIGINT', stop);
              process.off('SIGTERM', stop);
              void running.close().then(resolve);
            };
            process.on('SIGINT', stop);
            process.on('SIGTERM', stop);
            running.server.once('close', () => {
              process.off('SIGINT', stop);
              process.off('SIGTERM', stop);
              resolve();
            });
          });
          printInfo(ctx.io, 'stopped');
          return ExitCode.ok;
        }),
      );
    });
}
