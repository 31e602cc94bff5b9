/**
 * The content as read from its files, before any check (src/build-tools/content-reader.ts reads it),
 * and a problem found in it. Types only: the content check and its rule passes all take these.
 */

export interface RawFile {
  /** Path shown in messages, relative to the project, e.g. content/agencies/samaritans.yaml */
  file: string;
  /** Entry id (file name without extension). */
  id: string;
  /** Edition folder the file belongs to, or null for national content. */
  edition: string | null;
  data: unknown;
  /** The page text after the frontmatter (guide pages only). */
  body?: string;
  /** The line of the file where `body` starts. */
  bodyLine?: number;
  /** True when the file could not be read or parsed; its problem is already reported, so nothing else is said about it. */
  unreadable?: boolean;
}

export interface ContentInput {
  today: string;
  agencies: RawFile[];
  guides: RawFile[];
  editions: RawFile[];
  /** Each edition's local.yaml (its `edition` set), for the editions that have one. */
  locals?: RawFile[];
  bankHolidays: RawFile | null;
  crisis: RawFile | null;
  /** The decision tree (content/tree.yaml). */
  tree?: RawFile | null;
  /** The pinned emergency and crisis numbers (content/pinned-numbers.yaml); null when the file is missing. */
  pinned?: RawFile | null;
  /** The glossary (content/glossary.yaml): null when the file is missing, left out when not read. */
  glossary?: RawFile | null;
  /** The legal and service words public pages may use only if the glossary explains them (content/legal-words.yaml). */
  legalWords?: RawFile | null;
  /** The language pages' sections in English (content/language-help.yaml): null when missing, left out when not read. */
  languageHelp?: RawFile | null;
  /** One file per language of "Help now in other languages" (content/languages/). */
  languages?: RawFile[];
  /** The easy read pictures' list (content/easy-read/pictures.yaml): null when missing, left out when easy read is not checked. */
  easyPictures?: RawFile | null;
  /** The picture files in content/easy-read/pictures/ (file names). */
  easyPictureFiles?: string[];
  /** The easy read pages of their own: content/easy-read/*.yaml (but the pictures' list) and content/easy-read/guides/*.yaml. */
  easyPages?: RawFile[];
}

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
  /** The line in the file, when known. */
  line?: number;
}
