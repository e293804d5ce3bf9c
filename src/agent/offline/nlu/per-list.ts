// What a list of the workspace's names is turned into (their compared forms, a set of them), made once per list: the
// agent's lists stay the same until the names change (src/agent/known-names.ts), and one message is decided several
// times over.
export function perList<T>(make: (names: readonly string[]) => T): (names: readonly string[]) => T {
  const made = new WeakMap<readonly string[], T>();
  return (names) => {
    let value = made.get(names);
    if (value === undefined) made.set(names, (value = make(names)));
    return value;
  };
}
