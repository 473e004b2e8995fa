/**
 * Aho-Corasick multi-pattern automaton over UTF-16 code units: one pass over the text finds every
 * occurrence of every pattern, so matching time grows with the text, not with the number of aliases.
 *
 * Built with maps, then frozen into flat arrays: a dense table for the root (where most characters of
 * ordinary text lead) and, for other states, their few children side by side, which a short linear
 * scan reads faster than a Map lookup. The frozen arrays (`toData`) are all it needs: a stored automaton
 * comes back with `new AhoCorasick(data)` without being built again (issue 17).
 */
export class AhoCorasick {
  private readonly rootNext = new Int32Array(65536);
  private readonly edgeStart: Int32Array;
  private readonly edgeCode: Uint16Array;
  private readonly edgeTarget: Int32Array;
  private readonly fail: Int32Array;
  /** Patterns ending at each state, and the nearest state on the fail chain that has any. */
  private readonly outputStart: Int32Array;
  private readonly outputIds: Int32Array;
  private readonly outputLink: Int32Array;
  private readonly lengths: Int32Array;

  /** From the patterns (a build), or from the arrays of an automaton built before (see `toData`; trusted: check stored data with `isAutomatonData`). */
  constructor(source: readonly string[] | AutomatonData) {
    if (!Array.isArray(source)) {
      const data = source as AutomatonData;
      // The dense root table is 256 KiB of mostly zeros: stored as its few edges, spread out again here.
      for (let i = 0; i < data.rootCodes.length; i += 1) this.rootNext[data.rootCodes[i]!] = data.rootTargets[i]!;
      ({ edgeStart: this.edgeStart, edgeCode: this.edgeCode, edgeTarget: this.edgeTarget, fail: this.fail } = data);
      ({ outputStart: this.outputStart, outputIds: this.outputIds, outputLink: this.outputLink, lengths: this.lengths } = data);
      return;
    }
    const patterns = source as readonly string[];
    const next: Map<number, number>[] = [new Map()];
    const output: number[][] = [[]];
    this.lengths = new Int32Array(patterns.length);
    patterns.forEach((pattern, id) => {
      let state = 0;
      for (let i = 0; i < pattern.length; i += 1) {
        const code = pattern.charCodeAt(i);
        let target = next[state]!.get(code);
        if (target === undefined) {
          target = next.length;
          next.push(new Map());
          output.push([]);
          next[state]!.set(code, target);
        }
        state = target;
      }
      output[state]!.push(id);
      this.lengths[id] = pattern.length;
    });

    const states = next.length;
    this.fail = new Int32Array(states);
    this.outputLink = new Int32Array(states).fill(-1);
    const queue: number[] = [...next[0]!.values()];
    for (let head = 0; head < queue.length; head += 1) {
      const state = queue[head]!;
      for (const [code, child] of next[state]!) {
        let fallback = this.fail[state]!;
        while (fallback !== 0 && !next[fallback]!.has(code)) fallback = this.fail[fallback]!;
        const target = next[fallback]!.get(code);
        const failState = target !== undefined && target !== child ? target : 0;
        this.fail[child] = failState;
        this.outputLink[child] = output[failState]!.length > 0 ? failState : this.outputLink[failState]!;
        queue.push(child);
      }
    }

    for (const [code, child] of next[0]!) this.rootNext[code] = child;
    this.edgeStart = new Int32Array(states + 1);
    let edges = 0;
    for (let s = 0; s < states; s += 1) {
      this.edgeStart[s] = edges;
      if (s !== 0) edges += next[s]!.size;
    }
    this.edgeStart[states] = edges;
    this.edgeCode = new Uint16Array(edges);
    this.edgeTarget = new Int32Array(edges);
    for (let s = 1; s < states; s += 1) {
      let e = this.edgeStart[s]!;
      for (const [code, child] of next[s]!) {
        this.edgeCode[e] = code;
        this.edgeTarget[e] = child;
        e += 1;
      }
    }
    this.outputStart = new Int32Array(states + 1);
    let outputs = 0;
    for (let s = 0; s < states; s += 1) {
      this.outputStart[s] = outputs;
      outputs += output[s]!.length;
    }
    this.outputStart[states] = outputs;
    this.outputIds = Int32Array.from(output.flat());
  }

  /** The arrays this automaton runs on: structured-cloneable, for storing and `new AhoCorasick(data)`. */
  toData(): AutomatonData {
    const root: number[] = [];
    for (let code = 0; code < 65536; code += 1) if (this.rootNext[code] !== 0) root.push(code);
    return {
      rootCodes: Uint16Array.from(root),
      rootTargets: Int32Array.from(root, (code) => this.rootNext[code]!),
      edgeStart: this.edgeStart,
      edgeCode: this.edgeCode,
      edgeTarget: this.edgeTarget,
      fail: this.fail,
      outputStart: this.outputStart,
      outputIds: this.outputIds,
      outputLink: this.outputLink,
      lengths: this.lengths,
    };
  }

  /** The id of the pattern that is exactly `text`, or -1: a walk down the trie, no map needed. */
  lookup(text: string): number {
    let state = 0;
    for (let i = 0; i < text.length; i += 1) {
      state = this.step(state, text.charCodeAt(i));
      if (state <= 0) return -1;
    }
    for (let o = this.outputStart[state]!; o < this.outputStart[state + 1]!; o += 1) if (this.lengths[this.outputIds[o]!] === text.length) return this.outputIds[o]!;
    return -1;
  }

  private step(state: number, code: number): number {
    if (state === 0) return this.rootNext[code]!;
    const end = this.edgeStart[state + 1]!;
    for (let e = this.edgeStart[state]!; e < end; e += 1) if (this.edgeCode[e] === code) return this.edgeTarget[e]!;
    return -1;
  }

  /** Calls `onMatch(patternId, start, end)` for every occurrence, in order of end position. */
  scan(text: string, onMatch: (patternId: number, start: number, end: number) => void): void {
    let state = 0;
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      let target = this.step(state, code);
      while (target === -1) {
        state = this.fail[state]!;
        target = this.step(state, code);
      }
      state = target;
      if (state === 0) continue;
      let s = this.outputStart[state + 1]! > this.outputStart[state]! ? state : this.outputLink[state]!;
      for (; s > 0; s = this.outputLink[s]!) {
        for (let o = this.outputStart[s]!; o < this.outputStart[s + 1]!; o += 1) {
          const id = this.outputIds[o]!;
          onMatch(id, i + 1 - this.lengths[id]!, i + 1);
        }
      }
    }
  }
}

/**
 * An automaton's arrays (`AhoCorasick.toData`). States are numbered so that a child's number is above
 * its parent's; state 0 is the root. For `states` states and `patterns` patterns:
 * - `rootCodes`/`rootTargets`: the root's edges (UTF-16 code → state), side by side;
 * - `edgeStart` (states + 1), `edgeCode`/`edgeTarget`: the other states' edges, state s's at
 *   `edgeStart[s]` up to `edgeStart[s + 1]` (the root's range is empty);
 * - `fail` (states): the fail link; `outputLink` (states): the nearest state on the fail chain with
 *   patterns ending there, or -1;
 * - `outputStart` (states + 1), `outputIds`: the patterns ending at each state;
 * - `lengths` (patterns): each pattern's length in code units.
 */
export interface AutomatonData {
  rootCodes: Uint16Array;
  rootTargets: Int32Array;
  edgeStart: Int32Array;
  edgeCode: Uint16Array;
  edgeTarget: Int32Array;
  fail: Int32Array;
  outputStart: Int32Array;
  outputIds: Int32Array;
  outputLink: Int32Array;
  lengths: Int32Array;
}

/**
 * Whether `value` is automaton data `scan` can run on safely: the right array types and lengths, every
 * state number in range, and fail and output links that lead strictly towards the root, so that a
 * damaged or foreign stored automaton is refused rather than read out of bounds or looped on forever.
 * Linear in the automaton's size (a few milliseconds for a million states).
 */
export function isAutomatonData(value: unknown, patterns: number): value is AutomatonData {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Record<keyof AutomatonData, unknown>;
  const int32 = (a: unknown): a is Int32Array => a instanceof Int32Array;
  const uint16 = (a: unknown): a is Uint16Array => a instanceof Uint16Array;
  if (!uint16(d.rootCodes) || !int32(d.rootTargets) || !uint16(d.edgeCode)) return false;
  if (!int32(d.edgeStart) || !int32(d.edgeTarget) || !int32(d.fail) || !int32(d.outputStart) || !int32(d.outputIds) || !int32(d.outputLink) || !int32(d.lengths)) return false;
  const states = d.fail.length;
  if (states < 1 || d.rootTargets.length !== d.rootCodes.length || d.edgeStart.length !== states + 1 || d.outputStart.length !== states + 1 || d.outputLink.length !== states) return false;
  if (d.edgeCode.length !== d.edgeTarget.length || d.lengths.length !== patterns) return false;
  if (d.edgeStart[0] !== 0 || d.edgeStart[1] !== 0 || d.edgeStart[states] !== d.edgeCode.length) return false;
  if (d.outputStart[0] !== 0 || d.outputStart[states] !== d.outputIds.length) return false;
  const depth = new Int32Array(states).fill(-1);
  depth[0] = 0;
  const reach = (from: number, to: number) => {
    if (to <= from || to >= states || depth[to] !== -1) return false;
    depth[to] = depth[from]! + 1;
    return true;
  };
  for (let i = 0; i < d.rootCodes.length; i += 1) if (!reach(0, d.rootTargets[i]!)) return false;
  for (let s = 1; s < states; s += 1) {
    if (depth[s] === -1 || d.edgeStart[s + 1]! < d.edgeStart[s]!) return false;
    for (let e = d.edgeStart[s]!; e < d.edgeStart[s + 1]!; e += 1) if (!reach(s, d.edgeTarget[e]!)) return false;
  }
  for (let s = 1; s < states; s += 1) {
    const fail = d.fail[s]!;
    const link = d.outputLink[s]!;
    if (fail < 0 || fail >= states || depth[fail]! >= depth[s]!) return false;
    if (link !== -1 && (link < 0 || link >= states || depth[link]! >= depth[s]!)) return false;
  }
  // A pattern ends where its last character leads: its length is that state's depth.
  const { outputStart, outputIds, lengths } = value as AutomatonData;
  for (let s = 0; s < states; s += 1) {
    if (outputStart[s + 1]! < outputStart[s]!) return false;
    for (let o = outputStart[s]!; o < outputStart[s + 1]!; o += 1) {
      const id = outputIds[o]!;
      if (id < 0 || id >= patterns || lengths[id] !== depth[s]) return false;
    }
  }
  return true;
}
