// Breaks import-x/no-cycle: a imports b, which imports a.
import { b } from './cycle-b.ts';

export const a = (): string => `a${b()}`;
