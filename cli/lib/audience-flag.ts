import { AUDIENCES } from '../../src/schema/audience.ts';

/**
 * `--audience internal|public` on `build` and `check`: the same as `JOURNEYBOOK_AUDIENCE`, which
 * the settings read (and a child process inherits), so the flag and the variable are one setting.
 * Returns the arguments without the flag, or the usage mistake to report.
 */
export function takeAudienceFlag(args: readonly string[], env: Record<string, string | undefined> = process.env): { rest: string[] } | { mistake: string } {
  const rest: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    const inline = /^--audience=(.*)$/.exec(arg);
    if (arg !== '--audience' && !inline) {
      rest.push(arg);
      continue;
    }
    const value = inline ? inline[1] : args[++index];
    if (!value || !(AUDIENCES as readonly string[]).includes(value)) {
      return { mistake: `--audience must be one of ${AUDIENCES.join(', ')}${value ? `, got "${value}"` : ''}` };
    }
    env.JOURNEYBOOK_AUDIENCE = value;
  }
  return { rest };
}
