// Every message of the renderer, in one place: why an export could not be drawn, and what to
// choose instead.

const px = (n: number) => n.toLocaleString('en');
const size = (w: number, h: number) => `${px(w)} × ${px(h)} px`;

export const renderMessages = {
  nothingToDraw: (w: number, h: number) => `The picture would be ${size(w, h)}: nothing to draw.`,
  pngTooWide: (w: number, h: number, maxSide: number) =>
    `The PNG would be ${size(w, h)}, more than the browser's ${px(maxSide)} px per side. Choose a smaller scale, or export SVG, which scales without limit.`,
  pngTooLarge: (w: number, h: number) =>
    `The PNG would be ${size(w, h)} (${Math.round((w * h) / 1e6)} million pixels), more than the browser's canvas can hold. Choose a smaller scale, or export SVG.`,
  svgUnreadable: () => 'The browser could not read the exported SVG.',
  canvasRefused: (w: number, h: number) =>
    `The browser refused a ${w} × ${h} px canvas. Choose a smaller scale.`,
  notDrawn: (w: number, h: number) =>
    `The browser did not draw the ${w} × ${h} px picture. Choose a smaller scale.`,
  notEncoded: (w: number, h: number) =>
    `The browser could not encode a ${w} × ${h} px PNG. Choose a smaller scale.`,
} as const;
