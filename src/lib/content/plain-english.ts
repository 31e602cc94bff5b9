/**
 * Plain English across the guide: every public guide page and every "next steps" outcome, as a
 * person reads them. Short sentences, a low reading age, legal words explained, and every legal or
 * service word on the list beside the glossary (content/legal-words.yaml) in the glossary.
 * Pure: takes the content as read by the content check, returns findings naming the file, the
 * outcome id where there is one, the sentence or word, and the fix.
 */
import { z } from 'zod';
import type { ContentInput, ContentProblem, RawFile } from './content-input.ts';
import { checkReadability, mdxToProse, mentions, sentencesOf, termPattern, type GlossaryTerm } from './readability.ts';
import { localSchema, sourceSchema, strictObject, text } from './schema.ts';
import { localTexts } from './local-rules.ts';

/** The longest meaning in the glossary, in characters: a sentence or two. */
const MAX_MEANING = 300;

const glossaryTermSchema = strictObject({
  term: text(60),
  also: z.array(text(60)).default([]),
  meaning: text(MAX_MEANING),
  /** Where a meaning states the law: the page it was checked against. */
  sources: z.array(sourceSchema()).default([]),
});
/** The glossary as the site loads it (the content check has already reported any term that breaks a rule). */
export const glossaryFileSchema = z.object({ terms: z.array(glossaryTermSchema) });
const glossarySchema = strictObject({
  terms: z.array(z.unknown()).min(1, 'lists no terms. Fix: add terms, each with term and meaning.'),
});
const legalWordsSchema = strictObject({
  words: z
    .array(z.unknown())
    .min(1, 'lists no words. Fix: add the legal and service words a member of the public may not know.'),
});

export interface PlainEnglishFinding {
  /** The content file, with #outcome-id for an outcome of the decision tree. */
  file: string;
  /** Guide page id or outcome id. */
  id: string;
  rule: 'sentence-length' | 'reading-age' | 'glossary' | 'legal-word';
  message: string;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' ? (v as Obj) : {});
const strings = (v: unknown): string[] => (Array.isArray(v) ? v : []).map(rightText).filter((s): s is string => !!s);

/** The text of a right: a plain string, or an object with its `text` and sources. */
function rightText(r: unknown): string | undefined {
  if (typeof r === 'string') return r;
  const t = obj(r).text;
  return typeof t === 'string' ? t : undefined;
}

/**
 * An outcome's text in the order its page shows it: title, the one thing to do first, summary,
 * steps, a second need (also), what to say, what to bring, rights. Each item ends a sentence.
 */
export function outcomeText(outcome: unknown): string[] {
  const o = obj(outcome);
  return [
    ...strings([o.title]),
    ...strings([obj(o.first).do]),
    ...strings([o.summary]),
    ...strings(o.steps),
    ...strings([obj(o.also).title, obj(o.also).text]),
    ...strings(o.say),
    ...strings(o.bring),
    ...strings(o.rights),
  ];
}

/**
 * Glossary terms a text uses, in the order a reader meets them. A word inside a longer term
 * belongs to that term: "anti-social behaviour case review" is not also a "review".
 */
export function termsUsed(texts: readonly string[], glossary: readonly GlossaryTerm[]): GlossaryTerm[] {
  const sentences = sentencesOf(texts.join('\n')).map((s) => s.text);
  const names = glossary
    .flatMap((t) => [t.term, ...(t.also ?? [])].map((name) => ({ t, name })))
    .sort((a, b) => b.name.length - a.name.length);
  const first = new Map<GlossaryTerm, number>();
  for (const { t, name } of names) {
    const pattern = termPattern(name, 'gi');
    sentences.forEach((text, i) => {
      if (!termPattern(name).test(text)) return;
      if ((first.get(t) ?? Number.POSITIVE_INFINITY) > i) first.set(t, i);
      // Hide the words found, so a shorter term inside them is not found again.
      sentences[i] = text.replace(pattern, (m) => '#'.repeat(m.length));
    });
  }
  return glossary.filter((t) => first.has(t)).sort((a, b) => first.get(a)! - first.get(b)!);
}

/** A term and its meaning as an outcome shows them under "What these words mean". */
export interface WordMeaning {
  term: string;
  /** The meaning, starting with a capital letter. */
  meaning: string;
}

/**
 * "What these words mean" for an outcome: each glossary term its text uses, in the order a reader
 * meets them, with its meaning. This is how an outcome explains every legal word it uses.
 */
export function outcomeWords(outcome: unknown, glossary: readonly GlossaryTerm[]): WordMeaning[] {
  return termsUsed(outcomeText(outcome), glossary).map((t) => ({
    term: t.term,
    meaning: t.meaning.charAt(0).toUpperCase() + t.meaning.slice(1),
  }));
}

/** Words on the legal-words list that a text uses and the glossary does not explain. */
export function wordsMissingFromGlossary(
  texts: readonly string[],
  legalWords: readonly string[],
  glossary: readonly GlossaryTerm[],
): string[] {
  const known = new Set(glossary.flatMap((t) => [t.term, ...(t.also ?? [])]).map((w) => w.toLowerCase()));
  const prose = texts.join('\n');
  return legalWords.filter((w) => !known.has(w.toLowerCase()) && mentions(prose, { term: w, meaning: '' }));
}

/** The glossary terms and legal words as the content files give them; what cannot be read is left out (the content check reports it). */
export function readGlossary(input: Pick<ContentInput, 'glossary' | 'legalWords'>): {
  glossary: GlossaryTerm[];
  legalWords: string[];
} {
  const glossary = (
    Array.isArray(obj(input.glossary?.data).terms) ? (obj(input.glossary?.data).terms as unknown[]) : []
  )
    .map((t) => glossaryTermSchema.safeParse(t))
    .filter((r) => r.success)
    .map((r) => r.data);
  const words = obj(input.legalWords?.data).words;
  const legalWords = (Array.isArray(words) ? words : [])
    .filter((w): w is string => typeof w === 'string' && !!w.trim())
    .map((w) => w.trim());
  return { glossary, legalWords };
}

/**
 * The glossary and the legal-words list themselves: each term with a meaning in one or two short
 * sentences, no term or word listed twice. Problems name the file, the term (not its position) and the fix.
 */
/** The field a top-level problem of a glossary file is about: an unknown field by its own name. */
function topField(issue: z.core.$ZodIssue, list: string): string {
  return issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? issue.keys[0] : list;
}

export function checkGlossaryFiles(input: Pick<ContentInput, 'glossary' | 'legalWords'>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, string>();
  const g = input.glossary;
  if (g === null)
    problems.push({
      file: 'content/glossary.yaml',
      field: '(file)',
      message: 'is missing. Fix: add the glossary of legal words.',
    });
  if (g && !g.unreadable) {
    const top = glossarySchema.safeParse(g.data ?? {});
    if (!top.success) {
      problems.push({
        file: g.file,
        field: topField(top.error.issues[0], 'terms'),
        message: top.error.issues[0].message.replace(
          /^Invalid input.*$/,
          'is missing or not a list. Fix: write terms: and list each term under it.',
        ),
      });
    } else {
      top.data.terms.forEach((raw, i) => {
        const name = typeof obj(raw).term === 'string' ? String(obj(raw).term).trim() : '';
        const where = name ? `terms.${name}` : `terms[${i}]`;
        const res = glossaryTermSchema.safeParse(raw);
        if (!res.success) {
          for (const issue of res.error.issues) {
            // An unknown field is named itself, so the editor finds it.
            const path =
              issue.code === 'unrecognized_keys' && issue.keys.length === 1
                ? [...issue.path, issue.keys[0]]
                : issue.path;
            const field = path.length ? `${where}.${path.map(String).join('.')}` : where;
            const message = /Fix:/.test(issue.message)
              ? issue.message
              : `is missing or not text. Fix: write it as text, for example meaning: what the word means, in plain words.`;
            problems.push({ file: g.file, field, message });
          }
          return;
        }
        const t = res.data;
        for (const s of sentencesOf(t.meaning)) {
          if (s.words > 25) {
            problems.push({
              file: g.file,
              field: `${where}.meaning`,
              message: `has a sentence of ${s.words} words (most allowed: 25): "${s.text}". Fix: split it into shorter sentences.`,
            });
          }
        }
        for (const w of [t.term, ...t.also]) {
          const key = w.toLowerCase();
          const prior = seen.get(key);
          if (prior !== undefined) {
            problems.push({
              file: g.file,
              field: `${where}${w === t.term ? '' : '.also'}`,
              message: `"${w}" is already in the glossary under "${prior}". Fix: keep one entry for it (move this meaning there, or delete this one).`,
            });
          } else seen.set(key, t.term);
        }
      });
    }
  }
  const l = input.legalWords;
  if (l === null)
    problems.push({
      file: 'content/legal-words.yaml',
      field: '(file)',
      message: 'is missing. Fix: add the list of legal and service words that public pages must explain.',
    });
  if (l && !l.unreadable) {
    const top = legalWordsSchema.safeParse(l.data ?? {});
    if (!top.success) {
      problems.push({
        file: l.file,
        field: topField(top.error.issues[0], 'words'),
        message: top.error.issues[0].message.replace(
          /^Invalid input.*$/,
          'is missing or not a list. Fix: write words: and list each word under it.',
        ),
      });
    } else {
      const listed = new Set<string>();
      top.data.words.forEach((w, i) => {
        if (typeof w !== 'string' || !w.trim()) {
          problems.push({
            file: l.file,
            field: `words[${i}]`,
            message: `${JSON.stringify(w ?? null)} is not a word. Fix: write the word or phrase as text, for example - priority need.`,
          });
          return;
        }
        const key = w.trim().toLowerCase();
        if (listed.has(key)) {
          problems.push({
            file: l.file,
            field: `words.${w.trim()}`,
            message: `"${w.trim()}" is listed twice. Fix: delete one of them.`,
          });
        }
        listed.add(key);
      });
    }
  }
  return problems;
}

function readabilityFindings(
  file: string,
  id: string,
  text: string,
  glossary: readonly GlossaryTerm[],
): PlainEnglishFinding[] {
  const r = checkReadability(text, [...glossary]);
  return r.problems.map((p) => ({ file, id, rule: p.rule, message: p.message }));
}

/** Public guide pages: those for the public or for both the public and professionals. */
export function isPublicPage(g: RawFile): boolean {
  const audience = obj(g.data).audience;
  return audience === 'public' || audience === 'both';
}

/**
 * Every plain English finding on public guide pages and outcomes. On a page, a glossary term must
 * be explained in the text where it is first used; an outcome's page lists the meaning of each
 * glossary term it uses under "What these words mean", so its terms need only be in the glossary.
 */
export function plainEnglishFindings(input: ContentInput): PlainEnglishFinding[] {
  const { glossary, legalWords } = readGlossary(input);
  const out: PlainEnglishFinding[] = [];
  for (const g of input.guides) {
    if (g.unreadable || g.body === undefined || !isPublicPage(g)) continue;
    const prose = mdxToProse(g.body);
    const title = typeof obj(g.data).title === 'string' ? [String(obj(g.data).title)] : [];
    out.push(...readabilityFindings(g.file, g.id, prose, glossary));
    for (const w of wordsMissingFromGlossary([...title, prose], legalWords, glossary)) {
      out.push({ file: g.file, id: g.id, rule: 'legal-word', message: legalWordMessage(w) });
    }
  }
  const tree = input.tree;
  const nodes = tree && !tree.unreadable ? obj(tree.data).nodes : undefined;
  for (const n of (Array.isArray(nodes) ? nodes : []).map(obj).filter((n) => n.type === 'outcome')) {
    const file = `${tree!.file}#${String(n.id)}`;
    const texts = outcomeText(n);
    out.push(...readabilityFindings(file, String(n.id), texts.join('\n'), []));
    for (const w of wordsMissingFromGlossary(texts, legalWords, glossary)) {
      out.push({ file, id: String(n.id), rule: 'legal-word', message: legalWordMessage(w) });
    }
  }
  // Each edition's local steps, guide paragraphs and duty-to-refer route (local.yaml), read as one text.
  for (const f of input.locals ?? []) {
    const local = f.unreadable ? undefined : localSchema().safeParse(f.data ?? {}).data;
    if (!local) continue;
    const texts = localTexts(local).map((t) => t.text);
    if (!texts.length) continue;
    out.push(...readabilityFindings(f.file, f.id, texts.join('\n'), []));
    for (const w of wordsMissingFromGlossary(texts, legalWords, glossary))
      out.push({ file: f.file, id: f.id, rule: 'legal-word', message: legalWordMessage(w) });
  }
  return out;
}

function legalWordMessage(word: string): string {
  return `uses "${word}", a word on the legal-words list (content/legal-words.yaml) that the glossary does not explain. Fix: add "${word}" to content/glossary.yaml with its meaning in plain words (or as "also" of a term that means the same).`;
}
