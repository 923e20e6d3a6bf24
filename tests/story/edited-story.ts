/**
 * The game's story with one of its files edited, compiled from a copy: for tests that show the story check
 * (or anything that reads a compiled story) answering a change a writer might make.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { compileInk } from '../../src/tools/ink-compile.ts';
import { StoryRunner } from '../../src/engine/run/story.ts';

/** `file` is a path under `stories/`; `edit` gets its text and returns the new text. The copy is removed after. */
export function storyWithEdit(file: string, edit: (source: string) => string): StoryRunner {
  const dir = mkdtempSync(join(tmpdir(), 'cg-story-'));
  try {
    cpSync('stories', dir, { recursive: true });
    const path = join(dir, file);
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
    const compiled = compileInk(join(dir, 'main.ink'));
    expect(compiled.errors).toEqual([]);
    return new StoryRunner(compiled.json!);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
