// A deterministic, seeded generator of metro-like maps for property tests and benchmarks:
// lines that share trunks, interchanges, branching lines, loop lines, pinned stations,
// zones and station names of realistic (sometimes long) length. Pure; no DOM.
import type { Line, Station, TransitMap, Zone } from '../model/schema.ts';

export interface GenerateOptions {
  /** Number of stations (at least 2). */
  readonly stations: number;
  /** Number of lines (at least 1). */
  readonly lines: number;
  readonly seed: number;
  /** Extra paths that split off existing lines. */
  readonly branches?: number;
  /** Lines that end where they began (need at least 3 stations). */
  readonly loops?: number;
  /** Stations given a fixed `position` (termini first). */
  readonly pinned?: number;
  readonly id?: string;
}

const PALETTE =
  '#e32017 #0098d4 #00782a #ffd300 #9b0056 #f3a9bb #a0a5a9 #894e24 #000000 #003688 #95cdba #00a4a7 #ee7c0e #84b817 #e21836'.split(
    ' ',
  );
const HEADS =
  'Al Ber Cor Dal El Fen Gar Hal Ing Jas Kel Lin Mor Nor Ost Pel Quen Ros Sal Tor Ul Ven Wes Yar Zel Brun'.split(
    ' ',
  );
const TAILS = 'ton bury field ford gate ham wick more dale stead hurst au dorf'.split(' ');
const KINDS = 'Street Park Road Square Central Cross Hill Market Platz Bridge'.split(' ');
const LONG = [
  'Exhibition Centre',
  'University Hospital',
  'Town Hall',
  'Airport Terminal 2',
  'Central Station',
];

/** mulberry32: a small, fast, seeded generator of floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const int = (random: Random, lo: number, hi: number): number =>
  lo + Math.floor(random() * (hi - lo + 1));
const pick = <T>(random: Random, xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;

function stationName(random: Random): string {
  const town = (): string => pick(random, HEADS) + pick(random, TAILS);
  const roll = random();
  if (roll < 0.35) return town();
  if (roll < 0.85) return `${town()} ${pick(random, KINDS)}`;
  if (roll < 0.95) return `${town()} ${pick(random, LONG)}`;
  return `${town()}-${town()} ${pick(random, KINDS)} / ${town()} ${pick(random, LONG)}`;
}

function kebab(label: string): string {
  const id = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 56)
    .replace(/-+$/, '');
  return id === '' ? 'station' : id;
}

/** Splits `total` into `parts` non-negative shares of roughly equal size. */
function shares(random: Random, total: number, parts: number): number[] {
  const weights = Array.from({ length: parts }, () => 0.5 + random());
  const sum = weights.reduce((s, w) => s + w, 0);
  const out = weights.map((w) => Math.floor((w / sum) * total));
  let rest = total - out.reduce((s, x) => s + x, 0);
  for (let i = 0; rest > 0; i = (i + 1) % parts, rest--) out[i] = (out[i] ?? 0) + 1;
  return out;
}

export function generateMetroMap(options: GenerateOptions): TransitMap {
  const n = Math.floor(options.stations);
  const lineCount = Math.max(1, Math.floor(options.lines));
  if (!(n >= 2))
    throw new RangeError(`a generated map needs at least 2 stations, not ${options.stations}`);
  const random = seededRandom(options.seed);
  const stations: Station[] = [];
  const ids = new Set<string>();
  const labels = new Set<string>();
  const fresh = (count: number): string[] =>
    Array.from({ length: Math.max(0, Math.min(count, n - stations.length)) }, () => {
      let label = stationName(random);
      while (labels.has(label))
        label = `${label} ${pick(random, ['North', 'South', 'East', 'West'])}`;
      let id = kebab(label);
      for (let k = 2; ids.has(id); k++) id = `${kebab(label)}-${k}`;
      labels.add(label);
      ids.add(id);
      stations.push({ id, label });
      return id;
    });

  const loops = n >= 3 ? Math.min(Math.max(0, options.loops ?? 0), lineCount - 1) : 0;
  const plain = lineCount - loops;
  const budget = shares(random, n, lineCount);
  budget[0] = Math.max(2, budget[0] ?? 0);
  const paths: string[][][] = [];

  for (let i = 0; i < plain; i++) {
    if (i === 0) {
      paths.push([fresh(budget[0] ?? 2)]);
      continue;
    }
    const host = pick(random, paths.slice(0, i)).at(0) ?? [];
    const wanted = random() < 0.55 ? int(random, 2, 5) : 1;
    const k = Math.min(host.length, Math.max(wanted, (budget[i] ?? 0) === 0 ? 2 : 1));
    const start = int(random, 0, host.length - k);
    const shared = host.slice(start, start + k);
    if (random() < 0.5) shared.reverse();
    const m = budget[i] ?? 0;
    const before = fresh(int(random, 0, m));
    const after = fresh(m - before.length);
    // Sometimes cross another line on the way out: a second interchange.
    const other = pick(random, paths.slice(0, i)).at(0) ?? [];
    const crossing = other.find(
      (s) => !shared.includes(s) && !before.includes(s) && random() < 0.3,
    );
    if (crossing !== undefined && after.length > 1 && random() < 0.5) after.splice(1, 0, crossing);
    const path = [...before, ...shared, ...after];
    // Out of fresh stations: borrow a neighbour from the host so the path has two stops.
    path.push(...host.filter((s) => !path.includes(s)).slice(0, Math.max(0, 2 - path.length)));
    paths.push([path]);
  }

  for (let b = 0; b < Math.max(0, options.branches ?? 0); b++) {
    const line = pick(random, paths);
    const main = line[0] ?? [];
    if (main.length < 3) continue;
    const split = int(random, 1, main.length - 2);
    const tail = fresh(int(random, 1, 4));
    if (tail.length === 0) {
      const far = stations.find((s) => !main.includes(s.id));
      const twin = (p: string[]): boolean =>
        p.length === 2 && p.includes(far?.id ?? '') && p.includes(main[split] ?? '');
      if (far && !line.some(twin)) line.push([main[split] ?? '', far.id]);
      continue;
    }
    // Half of the branches repeat the trunk from the terminus, as some map files do.
    line.push(
      random() < 0.5 ? [...main.slice(0, split + 1), ...tail] : [main[split] ?? '', ...tail],
    );
  }

  for (let l = 0; l < loops; l++) {
    const ring: string[] = [];
    for (const line of paths) {
      const main = line[0] ?? [];
      const stop = main[Math.floor(main.length * (0.3 + 0.4 * random()))];
      if (stop !== undefined && !ring.includes(stop)) ring.push(stop, ...fresh(int(random, 0, 2)));
    }
    ring.push(...fresh(budget[plain + l] ?? 0));
    for (const s of stations) if (ring.length < 3 && !ring.includes(s.id)) ring.push(s.id);
    paths.push([[...ring, ring[0] ?? '']]);
  }

  // Whatever budget is left extends the first line.
  const first = paths[0]?.[0] ?? [];
  first.push(...fresh(n - stations.length));

  const zoneCount = Math.max(1, Math.min(8, Math.round(n / 25)));
  const zones: Zone[] = Array.from({ length: zoneCount }, (_, z) => ({
    id: `zone-${z + 1}`,
    label: z === 0 ? 'Zone 1 (centre)' : `Zone ${z + 1}`,
  }));
  stations.forEach((s, k) => {
    if (random() < 0.9) s.zone = `zone-${Math.floor((k / n) * zoneCount) + 1}`;
  });

  pinStations(stations, paths, Math.min(n, Math.max(0, options.pinned ?? 0)));

  const lines: Line[] = paths.map((line, i) => ({
    id: `line-${i + 1}`,
    label: i >= plain ? `Circle ${i - plain + 1}` : `Line ${i + 1}`,
    color: PALETTE[i % PALETTE.length] ?? '#000000',
    stops: line.length === 1 ? (line[0] ?? []) : line,
  }));
  const id = options.id ?? `generated-${n}-${lineCount}-${options.seed >>> 0}`;
  return { kind: 'map', id, title: `Generated metro, ${n} stations`, zones, lines, stations };
}

/** Pins termini (then other stations) on a circle, each line's two ends roughly opposite. */
function pinStations(stations: Station[], paths: string[][][], count: number): void {
  if (count === 0) return;
  const order: string[] = [];
  for (const line of paths) {
    const main = line[0] ?? [];
    for (const s of [main[0], main[main.length - 1]])
      if (s !== undefined && !order.includes(s)) order.push(s);
  }
  for (const s of stations) if (!order.includes(s.id)) order.push(s.id);
  const radius = Math.max(4, Math.round(2 * Math.sqrt(stations.length)));
  const pairs = Math.ceil(count / 2);
  const used = new Set<string>();
  const byId = new Map(stations.map((s) => [s.id, s]));
  order.slice(0, count).forEach((id, j) => {
    const angle = (Math.PI * Math.floor(j / 2)) / pairs + (j % 2) * Math.PI;
    let r = radius;
    // `+ 0` turns a rounded -0 into 0.
    const on = (radius: number): { x: number; y: number } => ({
      x: Math.round(radius * Math.cos(angle)) + 0,
      y: Math.round(radius * Math.sin(angle)) + 0,
    });
    let at = on(r);
    while (used.has(`${at.x},${at.y}`)) at = on(++r);
    used.add(`${at.x},${at.y}`);
    const station = byId.get(id);
    if (station) station.position = at;
  });
}
