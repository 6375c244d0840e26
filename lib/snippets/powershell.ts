import { powershellQuote } from './quote';
import type { HttpRequestSpec } from './types';

/**
 * PowerShell 7+ `Invoke-WebRequest`. Content-Type goes through `-ContentType` (the cmdlet owns that header);
 * `-SkipHeaderValidation` lets a Host header through. The body is sent as UTF-8 bytes so no code page interferes.
 */
export function powershellSnippet(spec: HttpRequestSpec): string {
  const contentType = spec.headers.find((h) => h.name.toLowerCase() === 'content-type');
  const others = spec.headers.filter((h) => h !== contentType);
  const hasHost = others.some((h) => h.name.toLowerCase() === 'host');
  const lines: string[] = [];
  if (hasHost) {
    lines.push('# A Host header different from the URL host: .NET may use it as TLS server name [unverified];');
    lines.push('# if the TLS handshake fails, use the curl snippet with curl.exe.');
  }
  lines.push('$headers = @{');
  for (const h of others) lines.push(`    ${powershellQuote(h.name)} = ${powershellQuote(h.value)}`);
  lines.push('}');
  const params = [`-Method ${powershellQuote(spec.method)}`, `-Uri ${powershellQuote(spec.url)}`, '-Headers $headers'];
  if (contentType) params.push(`-ContentType ${powershellQuote(contentType.value)}`);
  if (spec.body !== undefined) {
    lines.push(`$body = [System.Text.Encoding]::UTF8.GetBytes(${powershellQuote(spec.body)})`);
    params.push('-Body $body');
  }
  if (hasHost) params.push('-SkipHeaderValidation');
  lines.push(`$response = Invoke-WebRequest ${params.join(' ')}`);
  lines.push('$response.StatusCode');
  lines.push('$response.Content');
  return `${lines.join('\n')}\n`;
}
