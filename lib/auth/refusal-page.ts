function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A minimal page for refusals the proxy answers itself (no script, so it needs no nonce). */
export function refusalPage(title: string, lines: string[], link?: { href: string; text: string }): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} · Private Domains Console</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 720px; margin: 48px auto; padding: 0 16px; color: #0f1b2a">
<h1>${escapeHtml(title)}</h1>
${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}
${link ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a></p>` : ''}
</body></html>`;
}
