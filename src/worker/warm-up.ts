// When the layout worker may warm up. Warm-ups never make real work wait: the worker is
// warmed in small pieces (a tiny map parsed and laid out, a few milliseconds each), sent one
// at a time and only while nothing else is asked of it; then the map on screen is laid out
// once, so that its routing is kept for the editor.
import type { TransitMap } from '../model/schema.ts';

/**
 * Warm-up pieces sent before the map on screen. Measured (CPU, Node's V8): after 20 pieces a
 * 100-station map parses in 40 ms and lays out in 530 ms, as after a full layout of the
 * default map (70, 630), against 150 and 1,000 ms in a cold worker.
 */
export const WARM_UP_PIECES = 20;

/**
 * After real work, warm-ups wait this long: an opened file's layout follows its parse, and
 * while someone types in the editor, a piece started between two keystrokes would delay the
 * second (in the bench at load 18, keystroke to map 672 -> 1157 ms with 500 ms here). The
 * reader's clicks and key presses hold the pieces back as long.
 */
export const QUIET_MS = 2000;

/** Work the page did not ask for: a warm-up piece, or a map laid out and thrown away. */
export type WarmUp = { readonly piece: number } | { readonly map: TransitMap };

const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel'] as const;

export class WarmUpScheduler {
  private readonly waiting: WarmUp[] = [];
  private piecesQueued = false;
  /** No warm-up before this time (performance.now()), and the timer that waits for it. */
  private quietUntil = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** No piece before this time: the reader clicked or typed (the map's warm-up, which the
   * editor asks for and typing needs, is not held). */
  private piecesHeldUntil = 0;

  /**
   * `wake` is called when a warm-up that had to wait may go; `input` is where the reader's
   * clicks and keys arrive (the window), if anywhere.
   */
  constructor(
    private readonly wake: () => void,
    private readonly input?: EventTarget,
  ) {}

  /** Real work was just answered: warm-ups wait a while. */
  afterRealWork(): void {
    this.quietUntil = performance.now() + QUIET_MS;
  }

  /**
   * Asks for `map` to be laid out and thrown away. The first call (the page, at idle) puts
   * the pieces first: a file opened then waits for a piece at most. A later one (the editor
   * opening) puts the map ahead of the pieces left: typing needs its routing sooner than the
   * pieces' compiling, which the layout does too. `busy`: the worker has the map already.
   */
  add(map: TransitMap, busy: boolean): void {
    const first = !this.piecesQueued;
    if (first) {
      this.piecesQueued = true;
      this.holdPiecesOnInput();
      for (let piece = 0; piece < WARM_UP_PIECES; piece++) this.waiting.push({ piece });
    }
    const at = this.waiting.findIndex((w) => 'map' in w && w.map === map);
    const warm = at >= 0 ? this.waiting.splice(at, 1) : busy ? [] : [{ map }];
    if (first) this.waiting.push(...warm);
    else this.waiting.unshift(...warm);
  }

  /** The page has moved on: warm-ups of maps other than `mapId` are dropped. */
  dropOtherMaps(mapId?: string): void {
    for (let i = this.waiting.length - 1; i >= 0; i--) {
      const w = this.waiting[i];
      if (w && 'map' in w && w.map.id !== mapId) this.waiting.splice(i, 1);
    }
  }

  /** The next warm-up, if one may go now; if one has to wait, `wake` is called later. */
  take(): WarmUp | undefined {
    const next = this.waiting[0];
    if (!next || this.timer !== undefined) return undefined;
    const held = 'piece' in next ? this.piecesHeldUntil : 0;
    const wait = Math.max(this.quietUntil, held) - performance.now();
    if (wait <= 0) return this.waiting.shift();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.wake();
    }, wait);
    return undefined;
  }

  /**
   * The reader comes first: a click, a key press or a wheel turn holds the pieces back for
   * QUIET_MS. Nobody waits for a piece, and on a machine with few cores the worker's
   * compiling competes with the page's answer to that input for the CPU.
   */
  private holdPiecesOnInput(): void {
    const hold = () => {
      this.piecesHeldUntil = performance.now() + QUIET_MS;
    };
    for (const type of INPUT_EVENTS)
      this.input?.addEventListener(type, hold, { capture: true, passive: true });
  }
}
