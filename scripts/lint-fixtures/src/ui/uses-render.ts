// Keeps to the rules: ui uses render and the store.
import { plain } from '../render/plain.ts';
import { count } from '../store/count.ts';

export const shown = (): string => `${plain()} ${count}`;
