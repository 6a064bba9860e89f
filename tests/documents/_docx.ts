import JSZip from "jszip";

/** The parts of a .docx (a zip) as text, by path. */
export async function unzipDocx(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Record<string, string> = {};
  for (const [path, file] of Object.entries(zip.files)) {
    if (!file.dir) parts[path] = await file.async("string");
  }
  return parts;
}

/** The attributes of each element named `tag` (e.g. "w:pgMar") in the XML. */
export function elements(xml: string, tag: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  for (const match of xml.matchAll(new RegExp(`<${tag}(\\s[^>]*?)?/?>`, "g"))) {
    const attrs: Record<string, string> = {};
    for (const a of (match[1] ?? "").matchAll(/([\w:]+)="([^"]*)"/g)) {
      attrs[a[1] as string] = a[2] as string;
    }
    found.push(attrs);
  }
  return found;
}

/** The XML of the style with this id in styles.xml. */
export function style(stylesXml: string, id: string): string {
  const match = stylesXml.match(
    new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`),
  );
  if (match === null) throw new Error(`no style ${id}`);
  return match[0];
}

/** The paragraphs of document.xml, each with its style and its text. */
export function paragraphs(documentXml: string): { style?: string; text: string; xml: string }[] {
  return [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => {
    const xml = m[0];
    const style = xml.match(/<w:pStyle w:val="([^"]+)"/)?.[1];
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("");
    return { ...(style === undefined ? {} : { style }), text, xml };
  });
}

/** XML text back to characters. */
export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
