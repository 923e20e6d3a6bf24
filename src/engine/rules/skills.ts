/** The three leadership skills the game builds (its own module, so findings and types need not import each other). */
export const SKILLS = ['understanding', 'listening', 'communication'] as const;
export type Skill = (typeof SKILLS)[number];
