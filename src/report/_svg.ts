/**
 * Tiny helpers to write SVG as text: escaped text, fixed-precision numbers.
 *
 * @module
 * @internal
 */

const XML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Text safe inside an element or a double-quoted attribute; characters XML forbids are dropped. */
export function xml(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing the C0 controls XML 1.0 forbids
  const allowed = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");
  return allowed.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] as string);
}

/** A coordinate with at most two decimals and no trailing zeros, the same on every host. */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? "0" : String(rounded);
}
