// Breaks import-x/no-cycle: the other half of the circle.
import { a } from './cycle-a.ts';

export const b = (): string => (Math.random() > 2 ? a() : 'b');
