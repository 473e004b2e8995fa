/**
 * Counts the DOM nodes the project's own code uses as keys of a Set, Map, WeakSet or WeakMap while `run`
 * runs. A node used as a key is given an identity hash, after which the engine keeps its script wrapper for
 * as long as the node lives: a walk that keys every block of a 50,000-cell page keeps 50,000 wrappers (about
 * 0.9 MB of the tab) for the page's life. Keys put in by the DOM implementation itself (happy-dom's own
 * maps) are not counted: only calls whose caller is a file under `utils/`.
 *
 * Returns how many distinct nodes were so keyed. The prototypes are restored however `run` ends.
 */
export async function nodesKeyedDuring(run: () => unknown): Promise<number> {
  const keyed = new Set<unknown>();
  const fromOurCode = () => {
    // The first frame outside this file is the patched method's caller.
    const caller = new Error().stack?.split('\n').slice(1).find((frame) => !frame.includes('keyed-nodes')) ?? '';
    return /[\\/]utils[\\/]/.test(caller) && !caller.includes('node_modules');
  };
  const note = (key: unknown) => {
    if (typeof Node !== 'undefined' && key instanceof Node && fromOurCode()) keyed.add(key);
  };
  const setAdd = Set.prototype.add;
  const mapSet = Map.prototype.set;
  const weakSetAdd = WeakSet.prototype.add;
  const weakMapSet = WeakMap.prototype.set;
  // The real methods are called with the receiver each patched call was made on.
  Set.prototype.add = function add(this: Set<unknown>, value: unknown) {
    note(value);
    return setAdd.call(this, value);
  };
  Map.prototype.set = function set(this: Map<unknown, unknown>, key: unknown, value: unknown) {
    note(key);
    return mapSet.call(this, key, value);
  };
  WeakSet.prototype.add = function add(this: WeakSet<WeakKey>, value: WeakKey) {
    note(value);
    return weakSetAdd.call(this, value);
  };
  WeakMap.prototype.set = function set(this: WeakMap<WeakKey, unknown>, key: WeakKey, value: unknown) {
    note(key);
    return weakMapSet.call(this, key, value);
  };
  try {
    await run();
  } finally {
    Set.prototype.add = setAdd;
    Map.prototype.set = mapSet;
    WeakSet.prototype.add = weakSetAdd;
    WeakMap.prototype.set = weakMapSet;
  }
  return keyed.size;
}
