// Keeps to the rules: render uses the core.
import { pure } from '../model/pure.ts';

export const plain = (): string => `<text>${pure()}</text>`;
