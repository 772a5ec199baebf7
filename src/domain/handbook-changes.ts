import type { ChangedFile, GitCommit, Handbook, Journey, Persona, Research } from '../model/types.ts';

/** A file a commit changed, with what it is in the handbook today. */
export interface ChangeEntryFile {
  file: ChangedFile;
  /** What to call it: the journey's title, persona's name or study's title today, or as it was. */
  name: string;
  journey?: Journey | undefined;
  persona?: Persona | undefined;
  research?: Research | undefined;
}

export interface ChangeEntry {
  commit: GitCommit;
  files: ChangeEntryFile[];
}

/**
 * The handbook's changes as `/changes/` and `/changes.xml` list them, newest first: each commit
 * with the files it changed that the handbook shows. A file that still exists but is not in the
 * model (left out of this build's audience) is left out here too, and so is a commit with
 * nothing left, so the list never names what the pages do not show. A deleted journey is named
 * by the title it last had.
 */
export function handbookChanges(handbook: Pick<Handbook, 'history' | 'journeys' | 'personas' | 'research'>): ChangeEntry[] {
  const journeyByFile = new Map(handbook.journeys.map((journey) => [journey.file, journey]));
  const personaByFile = new Map(handbook.personas.map((persona) => [persona.file, persona]));
  const researchByFile = new Map(handbook.research.map((source) => [source.file, source]));
  const entries: ChangeEntry[] = [];
  for (const change of handbook.history.changes) {
    const files: ChangeEntryFile[] = [];
    for (const file of change.files) {
      const current = file.currentPath;
      if (current) {
        const journey = journeyByFile.get(current);
        const persona = personaByFile.get(current);
        const research = researchByFile.get(current);
        const name = journey?.title ?? persona?.name ?? research?.title;
        if (name !== undefined) files.push({ file, name, journey, persona, research });
        else if (file.collection === 'other') files.push({ file, name: file.path });
        continue;
      }
      files.push({ file, name: file.snapshot?.title ?? file.path });
    }
    if (files.length > 0) {
      const { files: _files, ...commit } = change;
      entries.push({ commit, files });
    }
  }
  return entries;
}
