import { describe, expect, it } from 'vitest';
import { visibleArea } from './visible-area.ts';

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
