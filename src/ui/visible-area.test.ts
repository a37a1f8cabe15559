import { describe, expect, it } from 'vitest';
import { fitTransform, transformPlacing, visibleArea } from './visible-area.ts';

const view = { left: 250, top: 45, right: 1280, bottom: 800 };

describe('visibleArea', () => {
  it('cuts a details panel from the right and the header from the top', () => {
    const details = { left: 980, top: 45, right: 1280, bottom: 800 };
    const header = { left: 266, top: 55, right: 1264, bottom: 130 };
    expect(visibleArea(view, [details, header])).toEqual({
      left: 250,
      top: 130,
      right: 980,
      bottom: 800,
    });
  });

  it('cuts a bottom sheet from the bottom and ignores boxes off the map', () => {
    const sheet = { left: 250, top: 500, right: 1280, bottom: 800 };
    const off = { left: 0, top: 45, right: 250, bottom: 800 };
    expect(visibleArea(view, [sheet, off])).toEqual({ ...view, bottom: 500 });
  });

  it('keeps the whole view when panels would leave nothing', () => {
    expect(visibleArea(view, [{ left: 200, top: 0, right: 1300, bottom: 790 }])).toEqual(view);
  });
});

describe('visibleArea with a map key', () => {
  it('cuts a tall key at the side from the width, a wide strip from the height', () => {
    const side = { left: 262, top: 100, right: 470, bottom: 790 };
    expect(visibleArea(view, [side])).toEqual({ ...view, left: 470 });
    const strip = { left: 262, top: 660, right: 1000, bottom: 790 };
    expect(visibleArea(view, [strip])).toEqual({ ...view, bottom: 660 });
  });
});

describe('fitTransform', () => {
  const box = { x: 0, y: 0, width: 1000, height: 500 };
  const screen = { left: 0, top: 0, right: 1000, bottom: 500 };

  it('is the identity when nothing covers the map', () => {
    expect(fitTransform(box, box, screen, screen)).toEqual({ k: 1, x: 0, y: 0 });
  });

  it('shrinks and centres the map in what a panel leaves', () => {
    const t = fitTransform(box, box, screen, { ...screen, left: 200 });
    expect(t).toEqual({ k: 0.8, x: 200, y: 50 });
    // The map's corners land inside the free part, its width filling it.
    expect(t.k * 0 + t.x).toBe(200);
    expect(t.k * 1000 + t.x).toBe(1000);
  });

  it('only moves the map when the free part still holds it at full size', () => {
    // A tall screen (a phone): the map fills the width; a header takes 300 px of the top.
    const phone = { left: 0, top: 0, right: 1000, bottom: 2000 };
    const t = fitTransform(box, box, phone, { ...phone, top: 300 });
    expect(t.k).toBe(1);
    // The viewBox sits at y 750–1250; its middle (map y 250) moves to the free middle, 1150.
    expect(t.y).toBe(150);
  });
});

describe('fitTransform of a part of the map', () => {
  it('frames that part: zoomed in, its centre at the free centre', () => {
    const box = { x: 0, y: 0, width: 1000, height: 500 };
    const screen = { left: 0, top: 0, right: 1000, bottom: 500 };
    const part = { x: 100, y: 50, width: 800, height: 400 };
    expect(fitTransform(box, part, screen, screen)).toEqual({ k: 1.25, x: -125, y: -62.5 });
  });
});

describe('transformPlacing', () => {
  it('draws the map point at the screen point, at the zoom asked for', () => {
    const box = { x: -50, y: -50, width: 500, height: 500 };
    const screen = { left: 100, top: 0, right: 600, bottom: 500 };
    const t = transformPlacing({ x: 10, y: 20 }, { x: 350, y: 100 }, 2, box, screen);
    // The screen point maps back to viewBox units 200, 50; 2·(10, 20) + (x, y) must land there.
    expect(t).toEqual({ k: 2, x: 180, y: 10 });
  });
});
