/**
 * Plain English checks for pages the public reads: sentence length, long words, an estimated
 * reading age, and legal words from the glossary that must be explained where they are first used.
 * Pure: takes text, returns findings.
 */
import { splitFrontmatter } from './frontmatter.ts';

/** The longest sentence allowed on a public page, in words. */
const MAX_SENTENCE_WORDS = 25;
/** A page's estimated reading age (years) must not be above this. */
const MAX_READING_AGE = 10;

export interface GlossaryTerm {
  term: string;
  /** Other ways the term is written, such as "section 8 notice". */
  also?: string[];
  /** The plain-English meaning, for editors. */
  meaning: string;
}

export interface Sentence {
  text: string;
  words: number;
  longWords: string[];
}

interface ReadabilityProblem {
  rule: 'sentence-length' | 'reading-age' | 'glossary';
  message: string;
}

export interface PageReadability {
  sentences: Sentence[];
  /** Flesch-Kincaid grade plus 5, rounded to one decimal. */
  readingAge: number;
  longWordShare: number;
  problems: ReadabilityProblem[];
}

/** Turn MDX or Markdown into prose: no frontmatter, code, diagrams, markup or link targets. */
export function mdxToProse(source: string): string {
  return (splitFrontmatter(source)?.body ?? source)
    .replace(/```[\s\S]*?```/g, '\n')
    .replace(/^\s*(import|export)\s.*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '');
}

/**
 * Sentences of a block of prose. Headings are left out; each list item and each line ending
 * a paragraph counts as the end of a sentence.
 */
export function sentencesOf(prose: string): Sentence[] {
  const out: Sentence[] = [];
  const blocks = prose
    .split(/\n/)
    .map((l) => l.trim())
    .filter((l) => l && !/^#/.test(l) && !/^\|/.test(l))
    .map((l) => l.replace(/^([-*+]|\d+\.)\s+/, ''));
  for (const block of blocks) {
    // Split after . ! ? (or a closing quote or bracket after them) followed by a space and a capital or a digit.
    for (const part of block.split(/(?<=[.!?][”"’)]?)\s+(?=[“"‘(]?[A-Z0-9])/)) {
      const text = part.trim();
      if (!text) continue;
      const words = wordsOf(text);
      if (words.length === 0) continue;
      out.push({ text, words: words.length, longWords: words.filter(isLongWord) });
    }
  }
  return out;
}

function wordsOf(text: string): string[] {
  return text.match(/[A-Za-z][A-Za-z’'-]*|\d[\d,.:]*/g) ?? [];
}

/** Estimated syllables in an English word (good enough to rank sentences, not exact). */
function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

/** A long word: three or more syllables, not counting everyday words made long by an ending. */
function isLongWord(word: string): boolean {
  if (/^\d/.test(word)) return false;
  return syllables(word) >= 3;
}

/** Flesch-Kincaid grade level, as a reading age in years (grade + 5). */
export function readingAge(sentences: readonly Sentence[]): number {
  const words = sentences.reduce((n, s) => n + s.words, 0);
  if (words === 0) return 0;
  const syl = sentences.reduce((n, s) => n + wordsOf(s.text).reduce((m, w) => m + syllables(w), 0), 0);
  const grade = 0.39 * (words / sentences.length) + 11.8 * (syl / words) - 15.59;
  return Math.round((grade + 5) * 10) / 10;
}

const EXPLAINED =
  /\b(means?|meaning|is called|are called|called|this is|that is|is when|is where|is a|is an|are people|is the)\b|[(:]/i;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for one way of writing a term, as a whole word, singular or plural (flags as given). */
export function termPattern(name: string, flags = 'i'): RegExp {
  return new RegExp(`\\b${escapeRegExp(name)}(?:s|es)?\\b`, flags);
}

/** Whether a text uses a term (or one of its other forms), as a whole word, singular or plural. */
export function mentions(text: string, t: GlossaryTerm): boolean {
  return [t.term, ...(t.also ?? [])].some((name) => termPattern(name).test(text));
}

/**
 * Glossary terms used without an explanation where they first appear: the sentence that first
 * uses the term, or the next one, must say what it means ("… means …", "This is called …",
 * a bracket or a colon).
 */
export function unexplainedTerms(sentences: Sentence[], glossary: GlossaryTerm[]): GlossaryTerm[] {
  const missing: GlossaryTerm[] = [];
  for (const t of glossary) {
    const i = sentences.findIndex((s) => mentions(s.text, t));
    if (i < 0) continue;
    const around = [sentences[i].text, sentences[i + 1]?.text ?? ''].join(' ');
    const defined = [t.term, ...(t.also ?? [])].some((name) =>
      new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?\\b\\W*\\s+(is|are|was|were)\\b`, 'i').test(
        around,
      ),
    );
    if (!defined && !EXPLAINED.test(around)) missing.push(t);
  }
  return missing;
}

/** Check one public page's prose. */
export function checkReadability(prose: string, glossary: GlossaryTerm[] = []): PageReadability {
  const sentences = sentencesOf(prose);
  const problems: ReadabilityProblem[] = [];
  for (const s of sentences) {
    if (s.words > MAX_SENTENCE_WORDS) {
      problems.push({
        rule: 'sentence-length',
        message: `a sentence of ${s.words} words (most allowed: ${MAX_SENTENCE_WORDS}): "${s.text}". Fix: split it into shorter sentences.`,
      });
    }
  }
  const age = readingAge(sentences);
  if (age > MAX_READING_AGE) {
    const hardest = hardestSentences(sentences, 2)
      .map((s) => `"${s.text}" (about age ${readingAge([s])})`)
      .join(' and ');
    problems.push({
      rule: 'reading-age',
      message: `reads at about age ${age} (at most ${MAX_READING_AGE}). The hardest sentences: ${hardest}. Fix: use shorter sentences and everyday words, starting with these.`,
    });
  }
  for (const t of unexplainedTerms(sentences, glossary)) {
    problems.push({
      rule: 'glossary',
      message: `uses "${t.term}" without saying what it means where it first appears. Fix: explain it there, for example: ${t.meaning}`,
    });
  }
  const words = sentences.reduce((n, s) => n + s.words, 0);
  const long = sentences.reduce((n, s) => n + s.longWords.length, 0);
  return { sentences, readingAge: age, longWordShare: words ? Math.round((long / words) * 1000) / 10 : 0, problems };
}

/** The sentences that raise a text's reading age most: long ones full of long words first. */
function hardestSentences(sentences: readonly Sentence[], count: number): Sentence[] {
  const weight = (s: Sentence) => (readingAge([s]) - 5) * s.words;
  return [...sentences].sort((a, b) => weight(b) - weight(a)).slice(0, count);
}
