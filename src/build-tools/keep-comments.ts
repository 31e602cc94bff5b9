/**
 * The content editor (Decap CMS) writes a YAML file whole, without its comments. scripts/edit.ts puts
 * them back after each save: when only values changed, it changes only those values' text in the old
 * file, so its comments and layout stay exactly as they were; when fields or items were added or
 * removed, it applies the change to the old file's document, which keeps the comments (long text may
 * be wrapped differently).
 */
import { type Document, isMap, isScalar, isSeq, type Node, parse, parseDocument, Scalar } from 'yaml';
import { splitFrontmatter } from '../lib/content/frontmatter.ts';

type Plain = unknown;
const isObject = (v: Plain): v is Record<string, Plain> => !!v && typeof v === 'object' && !Array.isArray(v);
const same = (a: Plain, b: Plain) => JSON.stringify(a) === JSON.stringify(b);

/** The scalars whose values changed, if nothing was added or removed; null when the shape changed. */
function changedScalars(node: unknown, value: Plain, out: [Scalar, Plain][]): boolean {
  if (isMap(node) && isObject(value)) {
    const keys = node.items.map((p) => String(isScalar(p.key) ? p.key.value : p.key));
    if (keys.length !== Object.keys(value).length || !keys.every((k) => k in value)) return false;
    return node.items.every((p, i) => changedScalars(p.value, value[keys[i]], out));
  }
  if (isSeq(node) && Array.isArray(value)) {
    if (node.items.length !== value.length) return false;
    return node.items.every((n, i) => changedScalars(n, value[i], out));
  }
  if (isScalar(node) && !isObject(value) && !Array.isArray(value)) {
    if (!same(node.toJSON(), value)) out.push([node, value]);
    return true;
  }
  return false;
}

/** A value's text where a scalar was: as plain as it was, if it reads back the same; else quoted. */
function scalarText(old: Scalar, value: Plain): string {
  if (typeof value !== 'string') return String(value);
  if (
    old.type === Scalar.PLAIN &&
    !/^\s|\s$|[\n#:]|^[-?[\]{},&*!|>'"%@`]/.test(value) &&
    parse(`v: ${value}`).v === value
  )
    return value;
  return JSON.stringify(value);
}

/** Puts `value` into the old document's node, keeping its nodes (and their comments) where it can. */
function merge(doc: Document, node: unknown, value: Plain): unknown {
  if (isMap(node) && isObject(value)) {
    for (const pair of [...node.items]) {
      const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
      if (!(key in value)) node.delete(key);
      else pair.value = merge(doc, pair.value, value[key]) as Node;
    }
    for (const [k, v] of Object.entries(value)) if (!node.has(k)) node.set(k, doc.createNode(v));
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    node.items = value.map((v, i) => (i < node.items.length ? merge(doc, node.items[i], v) : doc.createNode(v)));
    return node;
  }
  if (isScalar(node) && !isObject(value) && !Array.isArray(value)) {
    if (!same(node.toJSON(), value)) node.value = value;
    return node;
  }
  return doc.createNode(value);
}

/** The editor's saved file `now`, with the comments (and where it can, the layout) of the file `before`. */
export function keepComments(before: string, now: string): string {
  const doc = parseDocument(before);
  if (doc.errors.length) return now;
  let value: Plain;
  try {
    value = parse(now);
  } catch {
    return now;
  }
  if (same(doc.toJSON(), value)) return before;
  const changes: [Scalar, Plain][] = [];
  if (changedScalars(doc.contents, value, changes)) {
    let out = before;
    for (const [node, v] of changes.sort((a, b) => (b[0].range?.[0] ?? 0) - (a[0].range?.[0] ?? 0))) {
      const [start, end] = node.range ?? [0, 0];
      out = `${out.slice(0, start)}${scalarText(node, v)}${out.slice(end)}`;
    }
    return out;
  }
  doc.contents = merge(doc, doc.contents, value) as typeof doc.contents;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/**
 * A guide page the editor saved: its frontmatter gets back the old file's comments and layout (as
 * keepComments does for a YAML file); its text is exactly what the editor saved.
 */
export function keepFrontmatter(before: string, now: string): string {
  const old = splitFrontmatter(before);
  const saved = splitFrontmatter(now);
  if (!old || !saved) return now;
  const yaml = keepComments(`${old.yaml}\n`, `${saved.yaml}\n`).replace(/\n$/, '');
  return `---\n${yaml}\n---\n${saved.body}`;
}
