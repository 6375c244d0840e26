/**
 * An own entry of a record keyed by request text or an id: `undefined` when absent, and never an inherited member
 * (a key such as `constructor` must not find `Object.prototype.constructor`).
 */
export function entry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Remove an entry from a record keyed by id (state records stay plain objects so the state file is plain JSON). */
export function removeEntry(record: Record<string, unknown>, key: string): void {
  Reflect.deleteProperty(record, key);
}
