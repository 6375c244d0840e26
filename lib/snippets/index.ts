export type { HttpRequestSpec, SigV4Spec, Snippet, SnippetId } from './types';
export { snippetsForForm, formWarnings } from './snippets';
export { requestSpecFor, validateRequestSpec } from './request';
export { curlSnippet, curlArgGroups } from './curl';
export { pythonSnippet } from './python';
export { nodeSnippet } from './node';
export { powershellSnippet } from './powershell';
export { awscurlSnippet, pythonSigV4Snippet } from './sigv4';
export { jsQuote, parsePowershellVerbatim, powershellQuote, pythonQuote, shellQuote, SnippetInputError } from './quote';
