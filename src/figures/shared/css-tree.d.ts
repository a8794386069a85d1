/** The part of css-tree's API that inline-styles.ts uses (the package ships no types). */
declare module 'css-tree' {
  export interface CssNode {
    type: string;
    prelude: CssNode;
    block: CssNode;
    property: string;
    value: CssNode;
    important: boolean | string;
  }
  export interface WalkContext {
    atrule: { name: string } | null;
  }
  export function parse(css: string, options?: Record<string, unknown>): CssNode;
  export function generate(node: CssNode): string;
  export function walk(
    ast: CssNode,
    options: { visit: string; enter: (this: WalkContext, node: CssNode) => void },
  ): void;
}
