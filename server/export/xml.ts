/**
 * XML text
 * ========
 *
 * Escaping for the GraphML and GEXF writers. Stored text may hold characters XML 1.0 cannot carry at all (NUL and
 * other C0 controls, lone surrogates, U+FFFE/U+FFFF); they are dropped, so the file stays well-formed whatever
 * was loaded.
 */

const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching the C0 controls XML cannot carry is this pattern's job
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Line breaks and tabs as character references: a parser would turn them into spaces inside attribute values.
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};

/** Text safe in element content and in double-quoted attribute values. */
export function xmlText(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>"'\n\r\t]/g, (char) => ENTITIES[char]!);
}

/** ` name="value"` for each defined attribute. */
export function xmlAttributes(attributes: Record<string, string | number | undefined>): string {
  return Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${xmlText(String(value))}"`)
    .join('');
}
