import type { HeaderSpec } from '../invoke/types';

/** A fully resolved HTTP request: what every snippet generator renders. */
export interface HttpRequestSpec {
  method: string;
  /** Absolute, percent-encoded URL. */
  url: string;
  headers: HeaderSpec[];
  body?: string;
}

export interface SigV4Spec {
  region: string;
  service: 'execute-api';
}

export type SnippetId = 'curl' | 'python' | 'node' | 'powershell' | 'awscurl' | 'python-sigv4' | 'fetch';

export interface Snippet {
  id: SnippetId;
  label: string;
  /** For syntax highlighting (Cloudscape code-view language ids). */
  language: 'sh' | 'python' | 'javascript' | 'powershell';
  code: string;
  /** Shown above the code: the form's prerequisites are not met, or this variant will not authenticate. */
  warnings: string[];
}
