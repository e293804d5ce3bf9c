// Hot statements of a fixed shape, built once per database handle (or transaction) and run with placeholders.
// drizzle builds a query's SQL text anew on every call: 40-190 µs for the ones each web request or chat turn runs
// (the session's join most), 30-40% of such a statement's CPU (issue 15, measured at 100,000 clients).
// A placeholder's value is bound as given: encode dates and JSON with the column's own mapToDriverValue.

/** `build(db)` once per db (a transaction gets its own, bound to it), then the same prepared query each call. */
export function preparedPer<D extends object, Q>(build: (db: D) => Q): (db: D) => Q {
  const built = new WeakMap<D, Q>();
  return (db) => {
    let q = built.get(db);
    if (!q) built.set(db, (q = build(db)));
    return q;
  };
}
