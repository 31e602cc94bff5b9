/** What every flowchart drawing component takes. */
export interface DrawingProps {
  /** The drawing's SVG (drawn at build time). */
  svg: string;
  /** What the drawing shows, for people using a screen reader. */
  label: string;
}
