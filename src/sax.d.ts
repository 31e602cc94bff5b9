/** The few parts of the sax XML parser (no types of its own) that src/lib/content/svg-safety.ts uses. */
declare module 'sax' {
  interface Tag {
    name: string;
    attributes: Record<string, string>;
  }
  interface SAXParser {
    line: number;
    column: number;
    onerror: (e: Error) => void;
    ondoctype: (doctype: string) => void;
    onprocessinginstruction: (pi: { name: string; body: string }) => void;
    oncdata: (cdata: string) => void;
    oncomment: (comment: string) => void;
    onopentag: (tag: Tag) => void;
    ontext: (text: string) => void;
    onclosetag: (name: string) => void;
    write(text: string): SAXParser;
    close(): SAXParser;
  }
  const sax: {
    parser(
      strict: boolean,
      options?: { xmlns?: boolean; position?: boolean; strictEntities?: boolean; lowercase?: boolean; trim?: boolean },
    ): SAXParser;
  };
  export default sax;
}
