import type { LinkBox } from '../../lib/present/svg-link-boxes.ts';

/** One drawing as its own SVG file, shown as an image with its links laid over it. */
export interface DrawingFile {
  /** The file's address. */
  src: string;
  /** Its size in CSS pixels and its viewBox. */
  width: number;
  height: number;
  viewBox: string;
  /** Its boxes that open a step, in the drawing's coordinates. */
  links: LinkBox[];
}

/** What every flowchart drawing component takes. */
export interface DrawingProps {
  drawing: DrawingFile;
  /** What the drawing shows, for people using a screen reader. */
  label: string;
  /** Load it with the page (the first drawing); the others load as they come near the screen. */
  eager?: boolean;
}
