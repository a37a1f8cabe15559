export const label = 'control';
