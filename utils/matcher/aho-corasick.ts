/**
 * Aho-Corasick multi-pattern automaton over UTF-16 code units: one pass over the text finds every
 * occurrence of every pattern, so matching time grows with the text, not with the number of aliases.
 *
 * Built with maps, then frozen into flat arrays: a dense table for the root (where most characters of
 * ordinary text lead) and, for other states, their few children side by side, which a short linear
 * scan reads faster than a Map lookup.
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

  constructor(patterns: readonly string[]) {
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
