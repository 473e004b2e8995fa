/**
 * Aho-Corasick multi-pattern automaton over UTF-16 code units: one pass over the text finds every
 * occurrence of every pattern, so matching time grows with the text, not with the number of aliases.
 */
export class AhoCorasick {
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Patterns ending at each state (directly), and the nearest state on the fail chain that has any. */
  private readonly output: number[][] = [[]];
  private readonly outputLink: number[] = [-1];
  private readonly lengths: number[] = [];

  constructor(patterns: readonly string[]) {
    patterns.forEach((pattern, id) => {
      let state = 0;
      for (let i = 0; i < pattern.length; i += 1) {
        const code = pattern.charCodeAt(i);
        let target = this.next[state]!.get(code);
        if (target === undefined) {
          target = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.output.push([]);
          this.outputLink.push(-1);
          this.next[state]!.set(code, target);
        }
        state = target;
      }
      this.output[state]!.push(id);
      this.lengths[id] = pattern.length;
    });
    this.linkFailures();
  }

  private linkFailures(): void {
    const queue: number[] = [];
    for (const child of this.next[0]!.values()) queue.push(child);
    for (let head = 0; head < queue.length; head += 1) {
      const state = queue[head]!;
      for (const [code, child] of this.next[state]!) {
        let fallback = this.fail[state]!;
        while (fallback !== 0 && !this.next[fallback]!.has(code)) fallback = this.fail[fallback]!;
        const target = this.next[fallback]!.get(code);
        const failState = target !== undefined && target !== child ? target : 0;
        this.fail[child] = failState;
        this.outputLink[child] = this.output[failState]!.length > 0 ? failState : this.outputLink[failState]!;
        queue.push(child);
      }
    }
  }

  /** Calls `onMatch(patternId, start, end)` for every occurrence, in order of end position. */
  scan(text: string, onMatch: (patternId: number, start: number, end: number) => void): void {
    let state = 0;
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      let target = this.next[state]!.get(code);
      while (target === undefined && state !== 0) {
        state = this.fail[state]!;
        target = this.next[state]!.get(code);
      }
      state = target ?? 0;
      for (let s = this.output[state]!.length > 0 ? state : this.outputLink[state]!; s > 0; s = this.outputLink[s]!) {
        for (const id of this.output[s]!) onMatch(id, i + 1 - this.lengths[id]!, i + 1);
      }
    }
  }
}
