/**
 * The content editor's configuration (Decap CMS), made from the zod schemas and content-paths.ts so the
 * rules are written once: each schema field becomes an editor field, its description becomes the
 * field's help, and dates, times, web addresses and phone numbers get the same pattern and message as
 * the content check. Pure TypeScript: scripts/edit.ts turns the result into the editor's config.yml.
 */
import type { z } from 'zod';
import {
  BANK_HOLIDAYS_FILE,
  CONTENT_DIR,
  CONTENT_FOLDERS,
  CRISIS_FILE,
  LOCAL_FILE,
  editionDir,
} from '../content/content-paths.ts';
import {
  MAX_NAME,
  TIME_MESSAGE,
  TIME_PATTERN,
  WEB_ADDRESS_MESSAGE,
  WEB_ADDRESS_PATTERN,
  agencySchema,
  bankHolidaysSchema,
  crisisSchema,
  editorKind,
  guideSchema,
  localSchema,
  type EditorKind,
} from '../content/schema.ts';
import { COSTLY_NUMBER_FIX } from '../directory/phone.ts';
import type { ContentInput } from '../content/content-input.ts';

/** One field of the editor (Decap CMS's field options). */
export interface EditorField {
  label: string;
  name: string;
  widget: 'string' | 'text' | 'number' | 'boolean' | 'select' | 'list' | 'object' | 'hidden';
  hint?: string;
  required?: boolean;
  pattern?: [string, string];
  options?: string[];
  multiple?: boolean;
  default?: unknown;
  value_type?: 'int';
  min?: number;
  fields?: EditorField[];
  field?: EditorField;
  collapsed?: boolean;
  summary?: string;
}

/**
 * The patterns the editor checks as an editor types, each with the content check's own message (the
 * whole check runs again on every save; a phone number's pattern only refuses the costly prefixes).
 */
export const EDITOR_PATTERNS: Record<EditorKind, [string, string]> = {
  date: ['^\\d{4}-\\d{2}-\\d{2}$', 'is not a date. Fix: write it as YYYY-MM-DD, for example 2026-11-22.'],
  time: [TIME_PATTERN.source, TIME_MESSAGE],
  url: [WEB_ADDRESS_PATTERN.source, WEB_ADDRESS_MESSAGE],
  phone: [
    '^(?!\\s*(?:\\+\\s*44\\s*(?:\\(0\\)\\s*)?|0)\\s*(?:9|8\\s*7\\s*[123]|7\\s*0))[0-9+() ]+$',
    `is a premium-rate (09), service-charge (0871 to 0873) or personal (070) number, which costs a lot to call, or has characters that are not digits. Fix: ${COSTLY_NUMBER_FIX}`,
  ],
};

type Schema = z.core.$ZodType;
interface Def {
  type: string;
  innerType?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  entries?: Record<string, string>;
  values?: unknown[];
  in?: Schema;
  out?: Schema;
  valueType?: Schema;
  defaultValue?: unknown;
}
const defOf = (s: Schema): Def => s._zod.def as unknown as Def;
const descriptionOf = (s: Schema): string | undefined => (s as { description?: string }).description;

/** A field name as a label: `opens_at` becomes "Opens at". */
const labelOf = (name: string) => {
  const words = name.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** The schema under optional, default and nullable wrappers, whether it may be left out, and its help. */
function unwrap(schema: Schema) {
  let s = schema;
  let required = true;
  let hint = descriptionOf(s);
  let defaultValue: unknown;
  for (;;) {
    const d = defOf(s);
    if (d.type === 'optional' || d.type === 'default' || d.type === 'nullable' || d.type === 'prefault') {
      required = false;
      if (d.type === 'default') defaultValue = d.defaultValue;
      s = d.innerType as Schema;
      hint ??= descriptionOf(s);
      continue;
    }
    return { schema: s, required, hint, defaultValue };
  }
}

export interface RecordKeys {
  /** For a record field (a map from ids to values), the ids the editor offers, each with its label. */
  [field: string]: { id: string; label: string }[];
}

/** The editor field for one schema field; `keys` gives the ids of record fields (for example outcome ids). */
function editorField(
  name: string,
  schema: Schema,
  keys: RecordKeys = {},
  path = name,
  inOptional = false,
): EditorField {
  const { schema: inner, required: own, hint, defaultValue } = unwrap(schema);
  // A field inside an object that may be left out is not required by the editor (the editor would
  // otherwise refuse to save a service with no address); the content check still needs it when the object is there.
  const required = own && !inOptional;
  const base: EditorField = { label: labelOf(name), name, widget: 'string' };
  if (hint) base.hint = hint;
  if (!required) base.required = false;
  const kind = editorKind(inner);
  if (kind) return { ...base, widget: 'string', pattern: EDITOR_PATTERNS[kind] };
  const d = defOf(inner);
  switch (d.type) {
    case 'string': {
      const max = (inner as unknown as { maxLength: number | null }).maxLength;
      return { ...base, widget: max && max > MAX_NAME ? 'text' : 'string' };
    }
    case 'number':
      return { ...base, widget: 'number', value_type: 'int', min: 0 };
    case 'boolean':
      return { ...base, widget: 'boolean', default: defaultValue ?? false };
    case 'enum': {
      const options = Object.values(d.entries ?? {});
      return { ...base, widget: 'select', options, ...(defaultValue !== undefined ? { default: defaultValue } : {}) };
    }
    case 'literal':
      return { ...base, widget: 'hidden', default: d.values?.[0] };
    case 'object':
      return { ...base, widget: 'object', collapsed: false, fields: editorFields(inner, keys, path, !required) };
    case 'array': {
      const element = unwrap(d.element as Schema).schema;
      const ed = defOf(element);
      if (ed.type === 'enum')
        return { ...base, widget: 'select', multiple: true, options: Object.values(ed.entries ?? {}) };
      // Each item open, so every field of a phone number, an opening time or a source shows at once.
      if (ed.type === 'object')
        return { ...base, widget: 'list', collapsed: false, fields: editorFields(element, keys, path) };
      const item = editorField(singular(name), element, keys, path);
      return { ...base, widget: 'list', field: item };
    }
    case 'record': {
      const ids = keys[path];
      if (!ids) throw new Error(`${path} is a map from ids to values: give the editor its ids (keys['${path}']).`);
      return {
        ...base,
        widget: 'object',
        collapsed: true,
        fields: ids.map(({ id, label }) => {
          const item = editorField(id, d.valueType as Schema, keys, `${path}.*`);
          return { ...item, label, required: false, ...(item.hint || !hint ? {} : { hint }) };
        }),
      };
    }
    default:
      throw new Error(`${path} is a ${d.type}, which the editor has no field for. Fix: add it to editorField.`);
  }
}

const singular = (name: string) => (name.endsWith('s') ? name.slice(0, -1) : name);

/** The editor fields for every field of an object schema, in the schema's order. */
export function editorFields(schema: Schema, keys: RecordKeys = {}, path = '', inOptional = false): EditorField[] {
  const d = defOf(unwrap(schema).schema);
  if (d.type !== 'object' || !d.shape) throw new Error(`${path || 'the schema'} is not an object.`);
  return Object.entries(d.shape).map(([name, s]) =>
    editorField(name, s, keys, path ? `${path}.${name}` : name, inOptional),
  );
}

/**
 * The schema's fields (as dotted paths, `*` for each item of a list or map) that have no editor field:
 * empty when the editor can edit everything the schema allows.
 */
export function fieldsWithoutEditor(schema: Schema, fields: EditorField[], path = ''): string[] {
  const d = defOf(unwrap(schema).schema);
  if (d.type !== 'object' || !d.shape) return [];
  const missing: string[] = [];
  for (const [name, s] of Object.entries(d.shape)) {
    const here = path ? `${path}.${name}` : name;
    const field = fields.find((f) => f.name === name);
    if (!field) {
      missing.push(here);
      continue;
    }
    const inner = unwrap(s).schema;
    const id = defOf(inner);
    if (id.type === 'object') missing.push(...fieldsWithoutEditor(inner, field.fields ?? [], here));
    if (id.type === 'array' && defOf(unwrap(id.element as Schema).schema).type === 'object')
      missing.push(...fieldsWithoutEditor(id.element as Schema, field.fields ?? [], `${here}.*`));
    if (id.type === 'record') {
      const value = unwrap(id.valueType as Schema).schema;
      for (const sub of field.fields ?? []) {
        const vd = defOf(value);
        if (vd.type === 'object') missing.push(...fieldsWithoutEditor(value, sub.fields ?? [], `${here}.${sub.name}`));
        if (vd.type === 'array' && defOf(unwrap(vd.element as Schema).schema).type === 'object')
          missing.push(...fieldsWithoutEditor(vd.element as Schema, sub.fields ?? [], `${here}.${sub.name}.*`));
      }
    }
  }
  return missing;
}

/** What the editor is made from: the editions, the decision tree's outcomes and the guide pages. */
export interface EditorInput {
  editions: string[];
  /** The outcomes of the decision tree, by id, with their titles (local.yaml adds steps and contacts to them). */
  outcomes: { id: string; label: string }[];
  /** The guide pages, by id, with their titles (local.yaml adds paragraphs to them). */
  guides: { id: string; label: string }[];
  /** The editions that have their own guide pages folder. */
  editionsWithGuides: string[];
  today: string;
}

export interface EditorBackend {
  /** Local mode: the editor's local proxy (decap-server) on this computer. */
  proxyUrl?: string;
  /** Hosted mode: a GitLab project (group/name), signed in with PKCE (no server and no secret). */
  gitlab?: { repo: string; appId: string; branch: string; baseUrl?: string; apiRoot?: string };
}

interface Collection {
  name: string;
  label: string;
  label_singular?: string;
  description?: string;
  folder?: string;
  extension?: string;
  format?: string;
  create?: boolean;
  slug?: string;
  identifier_field?: string;
  summary?: string;
  fields?: EditorField[];
  files?: { name: string; label: string; file: string; fields: EditorField[] }[];
}

export interface EditorConfig {
  backend: Record<string, unknown>;
  publish_mode?: 'editorial_workflow';
  media_folder: string;
  site_url?: string;
  collections: Collection[];
}

const title = (id: string) => labelOf(id.replace(/-/g, ' '));

/** The editor's configuration: its collections and fields, and where it saves. */
export function editorConfig(input: EditorInput, backend: EditorBackend): EditorConfig {
  const agencyFields = editorFields(agencySchema(input.today));
  const guideFields: EditorField[] = [
    ...editorFields(guideSchema(input.today)),
    {
      label: 'Page text',
      name: 'body',
      // Plain text, saved exactly as typed: Decap's Markdown widget offers components the content check
      // refuses, and its rich mode rewrites Markdown (escapes such as \< and \{ that MDX needs).
      widget: 'text',
      hint: 'The page itself, in Markdown: ## for a heading, - for a list item, **words** for bold. No HTML or code in { }: write \\< or \\{ to show < or {. Keep each sentence to 25 words or fewer.',
    },
  ];
  const { dir: agencies, extensions: agencyExt } = CONTENT_FOLDERS.agencies;
  const { dir: guide, extensions: guideExt } = CONTENT_FOLDERS.guide;
  const services = (label: string, folder: string, name: string): Collection => ({
    name,
    label,
    label_singular: 'Service',
    folder,
    extension: agencyExt[0].slice(1),
    format: 'yaml',
    create: true,
    slug: '{{slug}}',
    identifier_field: 'name',
    fields: agencyFields,
  });
  const guides = (label: string, folder: string, name: string): Collection => ({
    name,
    label,
    label_singular: 'Guide page',
    folder,
    extension: guideExt[0].slice(1),
    format: 'frontmatter',
    create: true,
    slug: '{{slug}}',
    identifier_field: 'title',
    fields: guideFields,
  });
  const keys: RecordKeys = {
    outcomes: input.outcomes,
    guides: input.guides,
    without_local_number: input.outcomes,
  };
  const config: EditorConfig = {
    backend: backend.gitlab
      ? {
          name: 'gitlab',
          repo: backend.gitlab.repo,
          branch: backend.gitlab.branch,
          auth_type: 'pkce',
          app_id: backend.gitlab.appId,
          ...(backend.gitlab.baseUrl ? { base_url: backend.gitlab.baseUrl } : {}),
          ...(backend.gitlab.apiRoot ? { api_root: backend.gitlab.apiRoot } : {}),
          commit_messages: {
            create: 'Content: add {{collection}} “{{slug}}”',
            update: 'Content: update {{collection}} “{{slug}}”',
            delete: 'Content: delete {{collection}} “{{slug}}”',
          },
        }
      : { name: 'proxy', proxy_url: backend.proxyUrl ?? 'http://127.0.0.1:8081/api/v1', branch: 'main' },
    ...(backend.gitlab ? { publish_mode: 'editorial_workflow' as const } : {}),
    media_folder: 'public/uploads',
    collections: [
      services('Services: national', `${CONTENT_DIR}/${agencies}`, 'services-national'),
      ...input.editions.map((e) =>
        services(`Services: ${title(e)}`, `${CONTENT_DIR}/${editionDir(e)}/${agencies}`, `services-${e}`),
      ),
      guides('Guide pages: national', `${CONTENT_DIR}/${guide}`, 'guide-national'),
      ...input.editionsWithGuides.map((e) =>
        guides(`Guide pages: ${title(e)}`, `${CONTENT_DIR}/${editionDir(e)}/${guide}`, `guide-${e}`),
      ),
      {
        name: 'local',
        label: 'Local steps and contacts',
        description:
          'Each edition’s own steps and contacts on the outcomes of “Where do I go for help?”, paragraphs on guide pages, and its council’s duty to refer route.',
        files: input.editions.map((e) => ({
          name: `local-${e}`,
          label: `${title(e)}: local steps and contacts`,
          file: `${CONTENT_DIR}/${editionDir(e)}/${LOCAL_FILE}`,
          fields: editorFields(localSchema(input.today), keys),
        })),
      },
      {
        name: 'national',
        label: 'Crisis help and bank holidays',
        files: [
          {
            name: 'crisis',
            label: 'Crisis help (“Need help now?” on every page)',
            file: `${CONTENT_DIR}/${CRISIS_FILE}`,
            fields: editorFields(crisisSchema),
          },
          {
            name: 'bank-holidays',
            label: 'Bank holidays (England and Wales)',
            file: `${CONTENT_DIR}/${BANK_HOLIDAYS_FILE}`,
            fields: editorFields(bankHolidaysSchema(input.today)),
          },
        ],
      },
    ],
  };
  return config;
}

/** What the editor is made from, taken from the content as read: editions, outcomes and guide pages. */
export function editorInputFrom(content: ContentInput): EditorInput {
  const obj = (v: unknown): Record<string, unknown> =>
    v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  const nodes = (obj(content.tree?.data).nodes as unknown[] | undefined) ?? [];
  const outcomes = nodes
    .map(obj)
    .filter((n) => n.type === 'outcome' && typeof n.id === 'string')
    .map((n) => ({ id: String(n.id), label: typeof n.title === 'string' ? n.title : String(n.id) }));
  const seen = new Set<string>();
  const guides = content.guides
    .filter((g) => !seen.has(g.id) && seen.add(g.id))
    .map((g) => {
      const t = obj(g.data).title;
      return { id: g.id, label: typeof t === 'string' ? t : g.id };
    });
  return {
    editions: content.editions.map((e) => e.id),
    outcomes,
    guides,
    editionsWithGuides: [...new Set(content.guides.flatMap((g) => (g.edition ? [g.edition] : [])))],
    today: content.today,
  };
}

/**
 * The editor's address for a content file's edit form (a path after /admin/), or null for a file the
 * editor does not edit (the decision tree). Follows the collection names editorConfig gives.
 */
export function editFormPath(file: string): string | null {
  const { agencies, guide } = CONTENT_FOLDERS;
  const id = (f: string) => f.slice(f.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
  const parts = file.split('/');
  if (parts[0] !== CONTENT_DIR) return null;
  const [, first, edition, folder] = parts;
  if (parts.length === 3 && first === agencies.dir) return `#/collections/services-national/entries/${id(file)}`;
  if (parts.length === 3 && first === guide.dir) return `#/collections/guide-national/entries/${id(file)}`;
  if (parts.length === 2 && first === CRISIS_FILE) return '#/collections/national/entries/crisis';
  if (parts.length === 2 && first === BANK_HOLIDAYS_FILE) return '#/collections/national/entries/bank-holidays';
  if (`${first}/${edition}` === editionDir(edition ?? '')) {
    if (parts.length === 4 && folder === LOCAL_FILE) return `#/collections/local/entries/local-${edition}`;
    if (parts.length === 5 && folder === agencies.dir) return `#/collections/services-${edition}/entries/${id(file)}`;
    if (parts.length === 5 && folder === guide.dir) return `#/collections/guide-${edition}/entries/${id(file)}`;
  }
  return null;
}

/**
 * The editor's own Content-Security-Policy: scripts only from its own address (Decap's bundle compiles
 * some code at run time, so 'unsafe-eval', which the public site never allows), the styles it adds
 * itself, and connections only to `connect` (the local proxy, or the git host in hosted mode).
 */
export function editorCsp(connect: string[]): string {
  return [
    "default-src 'none'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${connect.join(' ')}`,
    "frame-src 'self' blob:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
