// Breaks the layering: the core imports the store.
import { count } from '../store/count.ts';

export const twice = (): number => 2 * count;
