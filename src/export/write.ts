import {
  chmodSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ExportError } from './errors';

/** Whether `directory` can receive the app: absent, or an empty directory. */
function checkTarget(directory: string): 'absent' | 'empty' {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(directory).isDirectory();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return 'absent';
    }
    throw new ExportError(
      'EXPORT_WRITE_FAILED',
      `Could not inspect ${directory}: ${(error as Error).message}`,
    );
  }
  if (!isDirectory || readdirSync(directory).length > 0) {
    throw new ExportError(
      'EXPORT_TARGET_NOT_EMPTY',
      `${directory} already exists and is not an empty directory; the export writes a new app ` +
        'and never mixes it with existing files. Choose another --out or remove it.',
    );
  }
  return 'empty';
}

/**
 * Writes every file into `outDir` all at once: they are written into a sibling directory first,
 * which is then renamed to `outDir`. On any failure nothing is left at `outDir` (nor beside it).
 * `outDir` must not exist or be an empty directory; its parent must exist.
 * @returns the absolute path of the written directory
 */
export function writeAppDirectory(outDir: string, files: ReadonlyMap<string, string>): string {
  const target = resolve(outDir);
  const state = checkTarget(target);

  let staging: string;
  try {
    staging = mkdtempSync(join(dirname(target), `.${basename(target)}.export-`));
  } catch (error) {
    throw new ExportError(
      'EXPORT_WRITE_FAILED',
      `Could not create a directory beside ${target}: ${(error as Error).message}`,
    );
  }

  try {
    // mkdtemp makes the directory private; the app is ordinary project files.
    chmodSync(staging, 0o755);
    for (const [name, content] of files) {
      writeFileSync(join(staging, name), content);
    }
    if (state === 'empty') {
      rmdirSync(target);
    }
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw new ExportError(
      'EXPORT_WRITE_FAILED',
      `Could not write the app to ${target}: ${(error as Error).message}`,
    );
  }
  return target;
}
