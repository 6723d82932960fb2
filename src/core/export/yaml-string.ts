/**
 * YAML scalars that any YAML reader (Obsidian, the `yaml` package, PyYAML) reads back as exactly
 * the same string, whatever the text holds: quotes, colons, `---`, newlines, control characters.
 */

/**
 * Characters YAML forbids raw, or reads as line breaks, are written as escapes; in Unicode mode
 * `\p{Cs}` matches only a lone surrogate half, which no encoding can carry, so it becomes U+FFFD.
 */
const NEEDS_ESCAPE = /[\p{Cc}\u2028\u2029\ufeff\ufffe\uffff"\\]|\p{Cs}/gu;

const NAMED_ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\t': '\\t',
  '\r': '\\r',
};

/** A double-quoted YAML scalar. */
export function yamlString(value: string): string {
  const escaped = value.replace(NEEDS_ESCAPE, (ch) => {
    const named = NAMED_ESCAPES[ch];
    if (named) return named;
    const code = ch.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) return '\\uFFFD';
    return `\\u${code.toString(16).padStart(4, '0')}`;
  });
  return `"${escaped}"`;
}

type YamlScalar = string | number | boolean;
export type YamlValue = YamlScalar | readonly YamlScalar[] | { readonly [key: string]: YamlValue };

/**
 * A block of YAML for a plain object: keys are our own identifiers (written bare), every string
 * value is quoted. Undefined values are left out; empty lists are written as `[]`.
 */
export function yamlBlock(object: Record<string, YamlValue | undefined>, indent = ''): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined) continue;
    lines.push(...yamlEntry(key, value, indent));
  }
  return lines.join('\n');
}

function yamlEntry(key: string, value: YamlValue, indent: string): string[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${indent}${key}: []`];
    const items = value as readonly YamlScalar[];
    return [`${indent}${key}:`, ...items.map((item) => `${indent}  - ${yamlScalar(item)}`)];
  }
  if (typeof value === 'object') {
    const inner = yamlBlock(value as Record<string, YamlValue>, `${indent}  `);
    return inner ? [`${indent}${key}:`, inner] : [`${indent}${key}: {}`];
  }
  return [`${indent}${key}: ${yamlScalar(value)}`];
}

function yamlScalar(value: YamlScalar): string {
  if (typeof value === 'string') return yamlString(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '.nan';
  return value ? 'true' : 'false';
}
