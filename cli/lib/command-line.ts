import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * The shared front of the authoring commands: parse the arguments, answer --help, and end with
 * exit code 2 and the usage for a wrong call, or 1 for a refused one — never a stack trace.
 */
export function commandLine<T extends Options>(command: string, usage: string, options: T) {
  const usageError = (message: string): never => {
    console.error(`${command}: ${message}`);
    console.error(usage);
    process.exit(2);
  };
  const fail = (...lines: string[]): never => {
    for (const line of lines) console.error(line);
    process.exit(1);
  };
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { ...options, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    return usageError((error as Error).message);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return { values: parsed.values, positionals: parsed.positionals, usageError, fail };
}
