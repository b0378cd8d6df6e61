/**
 * What every Dossier command does with its arguments: parse them, print the
 * help and stop on --help, and stop with a short, actionable message (exit 2)
 * on an unknown or malformed option.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

export function parseCommandLine<const O extends ParseArgsOptionsConfig>(command: string, help: string, options: O) {
  try {
    const { values } = parseArgs({ options, args: process.argv.slice(2).filter((arg) => arg !== '--help') });
    if (process.argv.slice(2).includes('--help')) {
      console.log(help);
      process.exit(0);
    }
    return values;
  } catch (error) {
    console.error(`${command}: ${(error as Error).message.split('.')[0]}. Try --help.`);
    process.exit(2);
  }
}
