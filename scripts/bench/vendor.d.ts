/**
 * The parts of Lighthouse and chrome-launcher that lighthouse-run.ts uses. Both are installed
 * into scripts/bench/node_modules on the first `npm run bench`, not with the project, so the
 * type checker cannot rely on their own types being there; these declarations take their place.
 */
declare module 'chrome-launcher' {
  export interface LaunchedChrome {
    port: number;
    kill(): void;
  }
  export function launch(options: {
    chromePath: string;
    chromeFlags: string[];
    logLevel?: 'verbose' | 'info' | 'error' | 'silent';
  }): Promise<LaunchedChrome>;
}

declare module 'lighthouse' {
  interface Audit {
    title: string;
    score: number | null;
    numericValue?: number;
    details?: unknown;
  }
  interface Category {
    score: number | null;
    auditRefs: Array<{ id: string; weight: number }>;
  }
  export interface Result {
    runtimeError?: { code: string; message: string };
    runWarnings?: string[];
    audits: Record<string, Audit | undefined>;
    categories: Record<string, Category | undefined>;
  }
  export default function lighthouse(
    url: string,
    flags: {
      port: number;
      output: 'json';
      logLevel: 'silent' | 'error' | 'info' | 'verbose';
      onlyCategories: string[];
    },
  ): Promise<{ lhr: Result } | undefined>;
}
