// Breaks the layering: render imports the store.
import { count } from '../store/count.ts';

export const drawnCount = (): string => `<text>${count}</text>`;
