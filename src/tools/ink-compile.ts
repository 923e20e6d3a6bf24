/**
 * Compile ink for the build, the tests and the tools (Node only).
 * Errors come back with file and line: the compiler's own, and every tag
 * the grammar does not know.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { Compiler, CompilerOptions } from 'inkjs/full';
import { PosixFileHandler } from 'inkjs/compiler/FileHandler/PosixFileHandler';
import { parseTag } from '../engine/rules/tags.ts';
import { readCompilerMessage, tagsInSource } from '../engine/drive/check.ts';

export { tagsInSource };

export interface InkProblem {
  file: string;
  line: number;
  message: string;
}

export interface CompileResult {
  json: string | null;
  files: string[];
  errors: InkProblem[];
  warnings: InkProblem[];
}

/** Every file reachable from `entry` through INCLUDE lines, entry first. */
export function inkFiles(entry: string): string[] {
  const seen: string[] = [];
  const root = dirname(resolve(entry));
  const visit = (file: string): void => {
    if (seen.includes(file)) return;
    seen.push(file);
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const m = /^\s*INCLUDE\s+(.+?)\s*$/.exec(line);
      if (m) visit(join(root, m[1]!));
    }
  };
  visit(resolve(entry));
  return seen;
}

export function compileInk(entry: string): CompileResult {
  const root = dirname(resolve(entry));
  const files = inkFiles(entry);
  const errors: InkProblem[] = [];
  const warnings: InkProblem[] = [];
  const rel = (f: string): string => relative(process.cwd(), f);

  for (const file of files) {
    for (const tag of tagsInSource(readFileSync(file, 'utf8'))) {
      const parsed = parseTag(tag.text);
      if (!parsed.ok) errors.push({ file: rel(file), line: tag.line, message: `tag "# ${tag.text}": ${parsed.error}` });
    }
  }

  const onMessage = (message: string): void => {
    const m = readCompilerMessage(message);
    const problem: InkProblem = m
      ? { file: rel(resolve(root, m.file ?? entry)), line: m.line, message: m.text }
      : { file: rel(entry), line: 0, message };
    if (!m || m.kind === 'ERROR') errors.push(problem);
    else warnings.push(problem);
  };
  const compiled = compiledOnce(entry, files, root);
  for (const message of compiled.messages) onMessage(message);
  if (compiled.failure) errors.push({ file: rel(entry), line: 0, message: compiled.failure });
  return { json: errors.length ? null : compiled.json, files, errors, warnings };
}

/** What the ink compiler made of a story: its JSON, its messages, and an error it threw (other than failing). */
interface Compiled {
  json: string | null;
  messages: string[];
  failure: string | null;
}

/**
 * The ink compiler's work, kept on disk by a hash of everything it reads (every file's path and text, the
 * compiler's version, the format kept): every test file and both builds compile the same story, about a second each.
 * The tag check above reads the grammar as it is now, so it always runs.
 */
function compiledOnce(entry: string, files: readonly string[], root: string): Compiled {
  const hash = createHash('sha256');
  hash.update(`${CACHE_FORMAT}\0${INK_VERSION}\0${resolve(entry)}\0`);
  for (const file of files) hash.update(`${file}\0${readFileSync(file, 'utf8')}\0`);
  const cached = join(CACHE, `${hash.digest('hex')}.json`);
  try {
    return JSON.parse(readFileSync(cached, 'utf8')) as Compiled;
  } catch {
    // Not compiled before (or a damaged copy): compile, and keep it.
  }
  const messages: string[] = [];
  const options = new CompilerOptions(
    resolve(entry),
    [],
    false,
    (message: string) => messages.push(message),
    new PosixFileHandler(root),
  );
  let json: string | null = null;
  let failure: string | null = null;
  try {
    const story = new Compiler(readFileSync(entry, 'utf8'), options).Compile();
    json = story ? (story.ToJson() ?? null) : null;
  } catch (error) {
    if (!(error instanceof Error) || error.message !== 'Compilation failed.')
      failure = error instanceof Error ? error.message : String(error);
  }
  const result: Compiled = { json, messages, failure };
  try {
    // Written whole, then renamed: two processes compiling at once each leave a complete file.
    mkdirSync(CACHE, { recursive: true });
    const part = `${cached}.${process.pid}.part`;
    writeFileSync(part, JSON.stringify(result));
    renameSync(part, cached);
    // A story edited all day leaves a copy per version: keep the latest few dozen.
    const kept = readdirSync(CACHE)
      .filter((name) => name.endsWith('.json'))
      .map((name) => ({ path: join(CACHE, name), at: statSync(join(CACHE, name)).mtimeMs }))
      .sort((a, b) => b.at - a.at);
    for (const old of kept.slice(CACHE_KEEP)) rmSync(old.path, { force: true });
  } catch {
    // Nowhere to keep it (a read-only checkout): the next compile does the work again.
  }
  return result;
}

/** What a kept compile holds: a new number whenever `Compiled` or the way it is made changes. */
const CACHE_FORMAT = 1;
// Found from the compiler's own files, wherever this module runs from (Vite bundles it into its config).
const INK_DIR = resolve(dirname(createRequire(import.meta.url).resolve('inkjs/full')), '..');
const INK_VERSION = (JSON.parse(readFileSync(join(INK_DIR, 'package.json'), 'utf8')) as { version: string }).version;
const CACHE = join(INK_DIR, '../.cache/common-ground-ink');
const CACHE_KEEP = 40;

export function formatProblem(p: InkProblem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}
