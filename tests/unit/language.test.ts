/** The language of an article that is not in English: for the chapter page's `lang`, and for discovery, which reads English. */
import { describe, expect, it } from 'vitest';
import { ingestSource } from '../../src/ingest/article.ts';
import { nonEnglishLanguage } from '../../src/text/language.ts';

const english =
  'The ferry left the harbour at dawn with forty passengers on board. The captain said the crossing would take three hours, and that the wind was expected to drop by noon. Most of the passengers were farmers on their way to the market in the town across the strait.';
const portuguese =
  'A balsa saiu do porto ao amanhecer com quarenta passageiros a bordo. O capitão disse que a travessia levaria três horas e que o vento deveria diminuir até o meio-dia. A maioria dos passageiros eram agricultores a caminho do mercado na cidade do outro lado do estreito.';
const german =
  'Die Fähre verließ den Hafen bei Tagesanbruch mit vierzig Passagieren an Bord. Der Kapitän sagte, die Überfahrt werde drei Stunden dauern und der Wind solle bis zum Mittag nachlassen. Die meisten Passagiere waren Bauern auf dem Weg zum Markt in der Stadt auf der anderen Seite der Meerenge.';

describe('the language of an article', () => {
  it('is not given for English, and is told for other languages', () => {
    expect(nonEnglishLanguage(english)).toBeUndefined();
    expect(nonEnglishLanguage(portuguese)).toBe('pt');
    expect(nonEnglishLanguage(german)).toBe('de');
  });

  it('is not guessed from a text too short to tell', () => {
    expect(nonEnglishLanguage('Die Fähre ist da.')).toBeUndefined();
  });

  it("is the saved page's own declaration when the text is not English, the editor's when the manifest gives one", () => {
    const page = (lang: string, text: string) =>
      new TextEncoder().encode(
        `<!doctype html><html lang="${lang}"><head><title>A balsa</title></head><body><article><h1>A balsa</h1><p>${text}</p><p>${text}</p></article></body></html>`,
      );
    const fieldsOf = (bytes: Uint8Array, entry?: Parameters<typeof ingestSource>[2]) => {
      const result = ingestSource('page.html', bytes, entry);
      if (result.status !== 'ok') throw new Error(JSON.stringify(result));
      return result.article.fields;
    };
    expect(fieldsOf(page('pt-BR', portuguese))).toMatchObject({ language: 'pt-BR', inferred: expect.arrayContaining(['language']) });
    // Written as the frontmatter's schema wants it, however the page wrote it.
    expect(fieldsOf(page('PT_br', portuguese)).language).toBe('pt-BR');
    // A template's declaration does not make an English text another language's.
    expect(fieldsOf(page('fr', english)).language).toBeUndefined();
    const edited = fieldsOf(page('pt-BR', portuguese), { notes: [], language: 'pt-PT' });
    expect(edited.language).toBe('pt-PT');
    expect(edited.inferred).not.toContain('language');
  });
});
