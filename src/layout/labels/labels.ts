// Stage 6: labels. Each station's label is tried on every side of its marker (slid along
// that side, so that it can sit level with the station or above or below its track) and at
// the four corners, at several distances, on one row or wrapped onto two; further off, tied
// to its station by a leader (label-candidates.ts). A candidate's cost is its preference
// (east first, close to the station, one row for short names) plus what it covers: line
// segments as drawn, station markers (label-cost.ts), the labels already placed, and doubt
// over whose name it is (nearer another station's marker, or a line between it and its
// own). Obstacles sit in R-trees, asked once per station for the area its candidates reach.
// Stations with the fewest clean candidates are placed first; then labels that still
// overlap another label are placed again, alone and in pairs, and a label still covering a
// line or a station, or in doubt, may push the labels in its way aside (two levels). The
// state is label-state.ts; each pass has its own file (greedy-, repair-, pair-, eject-pass).
import type { LabelGeometry, LineGeometry, StationGeometry } from '../geometry.ts';
import { decode } from './label-candidates.ts';
import { LabelState, type LabelOptions } from './label-state.ts';
import { greedyPass } from './greedy-pass.ts';
import { repairPass } from './repair-pass.ts';
import { pairPass } from './pair-pass.ts';
import { ejectPass } from './eject-pass.ts';

export { segmentHitsBox } from './label-geometry.ts';

export function placeLabels(
  stations: readonly StationGeometry[],
  labels: readonly string[],
  lines: readonly LineGeometry[],
  options: LabelOptions,
): LabelGeometry[] {
  return placeLabelsCounted(stations, labels, lines, options).labels;
}

/**
 * placeLabels, with how many labels it could not set clear of every line, station marker and
 * other label (or only where another station's name might be read).
 */
export function placeLabelsCounted(
  stations: readonly StationGeometry[],
  labels: readonly string[],
  lines: readonly LineGeometry[],
  options: LabelOptions,
): { labels: LabelGeometry[]; unclear: number } {
  const state = new LabelState(stations, labels, lines, options);
  const order = greedyPass(state);
  repairPass(state, order);
  pairPass(state, order);
  ejectPass(state, order);
  let unclear = 0;
  for (let i = 0; i < state.n; i++)
    if (!state.clean(i, state.chosen[i] as number) || state.overlapping(i).length > 0) unclear++;
  return { labels: geometryOf(state, stations), unclear };
}

function geometryOf(state: LabelState, stations: readonly StationGeometry[]): LabelGeometry[] {
  const { cands, chosen } = state;
  const { x: cx, y: cy, w: cw, h: ch } = cands;
  return stations.map((station, i) => {
    const k = chosen[i] as number;
    const { direction, textAnchor, variant } = decode(cands.code[k] as number);
    const { rows, fontSize: fs, rowHeight } = state.variant(i, variant);
    const x = cx[k] as number;
    const y = cy[k] as number;
    const width = cw[k] as number;
    const ax = textAnchor === 'start' ? x : textAnchor === 'end' ? x + width : x + width / 2;
    const ends = cands.hasLeader(k) ? cands.leaderEnds(k) : undefined;
    return {
      stationId: station.id,
      rows,
      anchor: { x: ax, y: y + (rowHeight - fs) / 2 + fs * 0.8 },
      textAnchor,
      direction,
      fontSize: fs,
      rowHeight,
      box: { x, y, width, height: ch[k] as number },
      ...(ends && {
        leader: [
          { x: ends[0], y: ends[1] },
          { x: ends[2], y: ends[3] },
        ] as const,
      }),
    };
  });
}
