/**
 * The id of a raw record the schema rejected, as the schema would read it (trimmed), when it is
 * a non-empty string.
 */
export function rawIdOf(record: unknown): string | undefined {
  if (record === null || typeof record !== "object") return undefined;
  const id = (record as { id?: unknown }).id;
  if (typeof id !== "string") return undefined;
  const trimmed = id.trim();
  return trimmed === "" ? undefined : trimmed;
}
