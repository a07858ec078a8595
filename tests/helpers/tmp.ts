/**
 * Temporary directories for tests, each removed when it is no longer needed:
 * one made in a test (or a beforeEach) after that test, one made while the
 * file's tests are collected (at the top of the file or of a describe) after
 * the file's last test, and anything still there when the test process ends.
 * tests/temp-dirs.test.ts keeps tests from making them any other way.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

// One registry and one exit handler for the process, however often this module is loaded.
const registry = globalThis as { minutesTempDirs?: Set<string> };
const made = registry.minutesTempDirs ?? new Set<string>();
if (!registry.minutesTempDirs) {
  registry.minutesTempDirs = made;
  process.once('exit', () => removeTempDirs());
}

function remove(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  made.delete(dir);
}

/** A new empty directory `minutes-PREFIX-XXXXXX` in the system's temp directory. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `minutes-${prefix}-`));
  made.add(dir);
  try {
    onTestFinished(() => remove(dir));
  } catch {
    // Not in a test: made while the file is collected.
    afterAll(() => remove(dir));
  }
  return dir;
}

/** Removes every directory `tempDir` made that is still there. */
export function removeTempDirs(): void {
  for (const dir of [...made]) remove(dir);
}
