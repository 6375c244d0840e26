/** Hex digits as a certificate serial is shown: whole byte pairs joined by colons (`0a:1b:…`). */
export function colonHex(hex: string): string {
  return Array.from({ length: Math.floor(hex.length / 2) }, (_, i) => hex.slice(i * 2, i * 2 + 2)).join(':');
}
