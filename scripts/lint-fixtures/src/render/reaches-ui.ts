// Breaks the layering: render imports ui.
import { label } from '../ui/control.ts';

export const drawn = (): string => `<text>${label}</text>`;
