// A policy document as form fields and back: every leaf is one input named by its path, the same
// path the API names in a 400 (`authorityLimits.agent`), so each error shows beside its field.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface Leaf {
  path: string;
  /** How the text typed is read back. */
  kind: 'text' | 'number' | 'nullable-number' | 'list-text' | 'list-number';
}

export function leavesOf(value: Json, path = ''): Leaf[] {
  if (Array.isArray(value)) return [{ path, kind: value.some((item) => typeof item === 'number') ? 'list-number' : 'list-text' }];
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => leavesOf(child, path ? `${path}.${key}` : key));
  }
  if (value === null) return [{ path, kind: 'nullable-number' }];
  return [{ path, kind: typeof value === 'number' ? 'number' : 'text' }];
}

export function textOf(document: Json, path: string): string {
  const value = path.split('.').reduce<Json>((at, key) => (at !== null && typeof at === 'object' && !Array.isArray(at) ? (at[key] ?? null) : null), document);
  if (Array.isArray(value)) return value.join(', ');
  return value === null ? '' : String(value);
}

function read(leaf: Leaf, text: string): Json {
  const list = text.split(',').map((item) => item.trim()).filter((item) => item !== '');
  switch (leaf.kind) {
    case 'list-text':
      return list;
    case 'list-number':
      return list.map(Number);
    case 'nullable-number':
      return text.trim() === '' ? null : Number(text);
    case 'number':
      return text.trim() === '' ? '' : Number(text);
    default:
      return text;
  }
}

/** The document the inputs say, in the shape of the one shown (the API validates it). */
export function documentOf(original: Json, values: Record<string, string>, path = ''): Json {
  if (original !== null && typeof original === 'object' && !Array.isArray(original)) {
    return Object.fromEntries(Object.entries(original).map(([key, child]) => [key, documentOf(child, values, path ? `${path}.${key}` : key)]));
  }
  const [leaf] = leavesOf(original, path);
  return leaf ? read(leaf, values[path] ?? '') : original;
}
