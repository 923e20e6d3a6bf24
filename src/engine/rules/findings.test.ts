import { describe, expect, it } from 'vitest';
import { FINDINGS, STYLE_TITLES, styleLine } from './findings.ts';
import { shortSource } from '../read/debrief.ts';
import { ARCS, ROLES } from './types.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('a style’s line', () => {
  it('asks the manager, who holds the budget, about the budget as their own', () => {
    const advocate = STYLE_TITLES.patients_advocate;
    expect(styleLine(advocate, 'clinician')).toBe(advocate.line);
    expect(styleLine(advocate, 'manager')).not.toBe(advocate.line);
    expect(styleLine(advocate, 'manager')).toMatch(/budget is yours/);
  });

  it('is the shared line wherever no role has its own, and every line is a question', () => {
    for (const style of Object.values(STYLE_TITLES))
      for (const role of ROLES) {
        const line = styleLine(style, role);
        if (!('lineFor' in style)) expect(line).toBe(style.line);
        expect(line.trim().endsWith('?'), `${style.id} for the ${role}`).toBe(true);
      }
  });
});

describe('the research findings', () => {
  it('label a professional body’s recommendation as policy, and only findings from a study as research', () => {
    // The IHM's calls to action and its workplace advice are recommendations, not survey results.
    expect(FINDINGS.shadowing.kind).toBe('policy');
    expect(FINDINGS.informal_contact.kind).toBe('policy');
    // Informal leaders come from the shared-leadership study's discussion, not from the consultancy's blog.
    expect(FINDINGS.mapping.kind).toBe('research');
    expect(FINDINGS.mapping.source).toMatch(/^Aufegger/);
    for (const f of Object.values(FINDINGS) as { kind: string; source: string }[])
      if (f.kind === 'research') expect(f.source, f.source).not.toMatch(/blog/);
  });

  it('give the short source every study it draws on', () => {
    expect(shortSource('burnout')).toBe('Hamidi et al. 2018 and Shanafelt et al. 2015');
    expect(shortSource('dual_role')).toBe('Aufegger et al. 2020');
  });
});

describe('which findings a player can meet', () => {
  it('every finding is named by a scene, by the rule that picks a decision’s finding, or by the debrief itself', () => {
    const inks = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? inks(join(dir, e.name)) : e.name.endsWith('.ink') ? [join(dir, e.name)] : [],
      );
    const ids = (text: string, pattern: RegExp): string[] =>
      [...text.matchAll(pattern)].flatMap((m) => m.slice(1).filter((id) => id !== undefined));
    const met = new Set<string>([
      // A choice's own tag.
      ...inks('stories').flatMap((f) => ids(readFileSync(f, 'utf8'), /# finding (\w+)/g)),
      // The rule that picks a decision's finding: a literal, or an arc's (each arc is a finding of its own).
      ...ids(readFileSync('src/engine/read/debrief.ts', 'utf8'), /return (?:[^;\n]*\? )?'(\w+)'(?: : '(\w+)')?;/g),
      ...ARCS,
      // The debrief's own notes.
      ...ids(readFileSync('src/ui/screens/debrief.ts', 'utf8'), /findingNote\('(\w+)'\)|\? '(\w+)' : '(\w+)'\)/g),
    ]);
    expect(Object.keys(FINDINGS).filter((id) => !met.has(id))).toEqual([]);
  });
});
