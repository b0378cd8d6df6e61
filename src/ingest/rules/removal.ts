export interface Removal {
  text: string;
  reason: string;
}

export function removal(text: string, reason: string): Removal {
  return { text: text.replace(/\s+/g, ' ').trim(), reason };
}
