/** A laid-out box as a <rect>'s attributes: spread into the markup, so a bar's four numbers are written once. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Only the four, in this order, so a layout object carrying more (labels, data) adds no stray attributes. */
export const rectAttrs = ({ x, y, width, height }: Rect): Rect => ({ x, y, width, height });
