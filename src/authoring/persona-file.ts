/**
 * The text of a new persona file (`content/personas/<slug>.mdx`) as `npm run new` and
 * `npm run import` write it: valid frontmatter with a comment on every field, the optional ones
 * commented out with an example, and a body for the biography.
 */
import type { Locale } from '../schema/settings.ts';
import { templateText } from '../i18n/index.ts';
import { commentLines, yamlScalar } from './yaml-text.ts';

export interface PersonaDraft {
  name: string;
  role?: string | undefined;
  /** Supporting characters already known (the other actors of an imported diagram). */
  supporting?: ReadonlyArray<{ name: string }>;
}

export interface PersonaFileOptions {
  lang: Locale;
  notes?: readonly string[];
}

export function personaFileText(draft: PersonaDraft, options: PersonaFileOptions): string {
  const t = templateText(options.lang);
  const lines: string[] = ['---', ...commentLines('', t.personaIntro)];
  if (options.notes?.length) lines.push('#', ...commentLines('', options.notes));
  lines.push('');
  lines.push(...commentLines('', t.name), `name: ${yamlScalar(draft.name)}`);
  lines.push(...commentLines('', t.role), draft.role ? `role: ${yamlScalar(draft.role)}` : `# role: ${yamlScalar(t.roleExample)}`);
  lines.push(...commentLines('', t.avatar), '# avatar: 🙂');
  lines.push(...commentLines('', t.quote), `# quote: ${yamlScalar(t.quoteExample)}`);
  lines.push(...commentLines('', t.segment), `# segment: ${yamlScalar(t.segmentExample)}`);
  for (const [field, { comment, example }] of Object.entries(t.lists)) {
    lines.push(...commentLines('', comment), `# ${field}:`, `#   - ${yamlScalar(example)}`);
  }
  lines.push(...commentLines('', t.channels), '# channels:', '#   - web', '#   - phone');
  lines.push(...commentLines('', t.supporting));
  if (draft.supporting?.length) {
    lines.push('supporting:');
    for (const character of draft.supporting) {
      lines.push(`  - name: ${yamlScalar(character.name)}`, `    # role: ${t.supportingRole}`, '    # influence: influencer');
    }
  } else {
    const e = t.supportingExample;
    lines.push('# supporting:', `#   - name: ${yamlScalar(e.name)}`, `#     role: ${yamlScalar(e.role)}`, '#     influence: influencer');
  }
  lines.push('---', '', t.personaBody, '');
  return lines.join('\n');
}
