import { describe, expect, it } from 'vitest';
import { htmlToBlocks, plainText, splitInline, text } from '../../src/ingest/inline.ts';
import { SEED, seedText } from '../helpers/seeds.ts';

describe('htmlToBlocks', () => {
  it('maps <em>, <strong> and <a href> to emphasis, strong and links (The National seed)', () => {
    const { blocks } = htmlToBlocks(seedText(SEED.national));
    const first = blocks[0]!;
    expect(first.find((node) => node.type === 'emphasis')).toEqual({ type: 'emphasis', children: [text('The National')] });
    // The space inside `<em>The National </em>in` moves outside the emphasis.
    expect(plainText(first)).toContain('spoke to The National in Mosul, Raqqa and Kuwait');
  });

  it('drops scripts and images, recording them, and keeps only safe links', () => {
    const { blocks, dropped } = htmlToBlocks(
      '<p>Go <a href="javascript:alert(1)">here</a> or <a href="https://example.org">there</a>.<script>alert(2)</script><img src=x onerror=alert(3) alt="a map"></p>',
    );
    expect(blocks).toEqual([[text('Go here or '), { type: 'link', url: 'https://example.org', children: [text('there')] }, text('.')]]);
    expect(dropped).toEqual(['<script>: alert(2)', 'image: a map']);
  });

  it('turns block elements into separate blocks and other tags into text', () => {
    const { blocks } = htmlToBlocks('<h2>Sub</h2><p>One <span>two</span></p><ul><li>three</li></ul>');
    expect(blocks.map((block) => plainText(block))).toEqual(['Sub', 'One two', 'three']);
  });
});

describe('tables in HTML', () => {
  it('reads a row of a table of figures along the row, as one paragraph, every figure kept', () => {
    const { blocks } = htmlToBlocks(
      '<p>Results after the count:</p><table><thead><tr><th>Pos.</th><th>District</th><th>Votes</th></tr></thead>' +
        '<tbody><tr><td>1</td><td><a href="https://example.org/n">North Quay</a></td><td>5040</td></tr><tr><td>2</td><td>Old Town</td><td>17</td></tr></tbody></table>',
    );
    expect(blocks.map((block) => plainText(block))).toEqual([
      'Results after the count:',
      'Pos. · District · Votes',
      '1 · North Quay · 5040',
      '2 · Old Town · 17',
    ]);
    expect(blocks[2]!.some((node) => node.type === 'link')).toBe(true);
  });

  it("keeps a layout table's columns of prose as paragraphs of their own", () => {
    const prose = 'The ferry left the quay at dawn with forty passengers and their cars on board, late again.';
    const { blocks } = htmlToBlocks(`<table><tr><td>${prose}</td><td><p>Second column.</p></td></tr></table>`);
    expect(blocks.map((block) => plainText(block))).toEqual([prose, 'Second column.']);
  });
});

describe('splitInline', () => {
  it('cuts through emphasis at sentence offsets without losing text', () => {
    const nodes = [text('One. '), { type: 'emphasis' as const, children: [text('Two. Three.')] }, text(' Four.')];
    const parts = splitInline(nodes, [5, 10]);
    expect(parts.map((part) => plainText(part))).toEqual(['One.', 'Two.', 'Three. Four.']);
    expect(parts[1]).toEqual([{ type: 'emphasis', children: [text('Two.')] }]);
    expect(parts[2]![0]).toEqual({ type: 'emphasis', children: [text('Three.')] });
  });
});

describe('markdownToBlocks (.md sources)', () => {
  it('reads Markdown as prose: structure becomes paragraphs, HTML and unsafe links are dropped', async () => {
    const { markdownToBlocks } = await import('../../src/ingest/markdown-source.ts');
    const { blocks, dropped } = markdownToBlocks(
      '# A heading\n\nSome *emphasis* and [a link](https://example.org), [bad](javascript:alert(1)).\n\n- an item\n\n<div>raw</div>\n\n```\ncode line\n```\n',
    );
    expect(blocks.map((block) => plainText(block))).toEqual(['A heading', 'Some emphasis and a link, bad.', 'an item', 'code line']);
    expect(blocks[1]!.filter((node) => node.type === 'link')).toEqual([
      { type: 'link', url: 'https://example.org', children: [text('a link')] },
    ]);
    expect(dropped).toEqual(['<div>raw</div>']);
  });
});
