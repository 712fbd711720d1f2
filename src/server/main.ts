// The `baleine` command. Each subcommand is a file in src/server/commands/; this table lists only what works.
import { commands } from './commands/index';

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 1;
  }
  const cmd = commands.find((c) => c.name === name);
  if (!cmd) {
    process.stderr.write(`baleine : commande inconnue « ${name} ». Voir « baleine --help ».\n`);
    return 2;
  }
  return cmd.run(rest);
}

function usage(): string {
  const width = Math.max(...commands.map((c) => c.usage.length));
  return [
    'Usage : baleine <commande> [options]',
    '',
    'Commandes :',
    ...commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
  ].join('\n');
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`baleine : erreur interne : ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(70);
  },
);
