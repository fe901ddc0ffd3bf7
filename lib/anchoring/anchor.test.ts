import { describe as group, expect, it } from 'vitest';
import { anchor } from './anchor';
import { describe } from './describe';

const PARAGRAPHS = [
  'The city council voted on Tuesday to expand the bicycle network by forty kilometres over the next five years.',
  'Supporters argued that the plan would cut traffic deaths, which rose sharply last year. Opponents said the money would be better spent on buses.',
  'According to the official figures, the number of cyclists has doubled since 2019. The data tell a different story in the suburbs, however.',
  'The mayor, who has championed the plan since her election, called the vote "a turning point for how we move around this city."',
  'Critics were quick to point out that the last expansion ran two years late and thirty percent over budget.',
  'According to the official figures, bus ridership has fallen for three years in a row.',
];
const ARTICLE = PARAGRAPHS.join('\n\n');

/** Selectors for the `nth` occurrence of `quote` in `text`. */
function select(text: string, quote: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`fixture lacks ${quote}`);
  return { selectors: describe(text, at, at + quote.length), start: at };
}

/** The text a result points at, or null. */
function landed(text: string, result: ReturnType<typeof anchor>): string | null {
  return result ? text.slice(result.start, result.end) : null;
}

group('anchor', () => {
  it('anchors on an unchanged text at the same place with confidence 1', () => {
    const { selectors, start } = select(ARTICLE, 'expand the bicycle network');
    expect(anchor(ARTICLE, selectors)).toEqual({ start, end: start + 26, confidence: 1 });
  });

  it('follows the quote when paragraphs are inserted or deleted before it', () => {
    const { selectors } = select(ARTICLE, 'called the vote');
    const inserted = ['A new opening paragraph about something else entirely.', ...PARAGRAPHS].join('\n\n');
    const deleted = PARAGRAPHS.filter((_, i) => i !== 1).join('\n\n');
    for (const text of [inserted, deleted]) {
      const r = anchor(text, selectors);
      expect(landed(text, r)).toBe('called the vote');
      expect(r!.start).toBe(text.indexOf('called the vote'));
      expect(r!.confidence).toBeLessThan(1);
    }
  });

  it('is unaffected by paragraphs inserted or deleted after it', () => {
    const { selectors, start } = select(ARTICLE, 'cut traffic deaths');
    const text = PARAGRAPHS.slice(0, 3).join('\n\n') + '\n\nA closing paragraph.';
    expect(anchor(text, selectors)).toMatchObject({ start, end: start + 18 });
  });

  it('finds a quote whose typo was fixed, and the right span of it', () => {
    const typo = ARTICLE.replace('last expansion ran two years late', 'last expansoin ran two yeras late');
    const { selectors } = select(typo, 'the last expansoin ran two yeras late and thirty percent');
    const r = anchor(ARTICLE, selectors);
    expect(landed(ARTICLE, r)).toBe('the last expansion ran two years late and thirty percent');
    expect(r!.confidence).toBeGreaterThan(0.8);
    expect(r!.confidence).toBeLessThan(1);
  });

  it('survives edits right next to the quote', () => {
    const { selectors } = select(ARTICLE, 'has doubled since 2019');
    const text = ARTICLE.replace('number of cyclists has', 'numbr of cyclist has').replace('2019. The data', '2019! The data');
    expect(landed(text, anchor(text, selectors))).toBe('has doubled since 2019');
  });

  it('ignores whitespace, punctuation and case changes inside the quote', () => {
    const { selectors } = select(ARTICLE, 'Opponents said the money would be better spent on buses.');
    const text = ARTICLE.replace('Opponents said the money', 'opponents  said, the money').replace('better spent', 'better\nspent');
    expect(landed(text, anchor(text, selectors))).toBe('opponents  said, the money would be better\nspent on buses.');
  });

  it('picks the right copy of a duplicated quote by its context', () => {
    const second = select(ARTICLE, 'According to the official figures', 1);
    const text = 'Some news first.\n\n' + ARTICLE;
    const r = anchor(text, second.selectors);
    expect(r!.start).toBe(text.lastIndexOf('According to the official figures'));
    const first = select(ARTICLE, 'According to the official figures', 0);
    expect(anchor(text, first.selectors)!.start).toBe(text.indexOf('According to the official figures'));
  });

  it('prefers the original over a copy of the quote inserted elsewhere', () => {
    const { selectors } = select(ARTICLE, 'a turning point for how we move around this city');
    const copy = 'As the mayor put it: a turning point for how we move around this city.';
    const text = [copy, ...PARAGRAPHS].join('\n\n');
    expect(anchor(text, selectors)!.start).toBe(text.lastIndexOf('a turning point'));
  });

  it('returns null when the quote was deleted, even if a similar phrase remains', () => {
    const { selectors } = select(ARTICLE, 'According to the official figures', 1);
    const text = PARAGRAPHS.slice(0, 5).join('\n\n');
    expect(anchor(text, selectors)).toBeNull();
    const gone = select(ARTICLE, 'ran two years late and thirty percent over budget');
    const text2 = ARTICLE.replace(' that the last expansion ran two years late and thirty percent over budget', ' nothing.');
    expect(anchor(text2, gone.selectors)).toBeNull();
  });

  it('returns null rather than guessing when a short quote lost its context', () => {
    const { selectors } = select(ARTICLE, 'the', 5);
    const text = 'the cat and the dog and the bird';
    expect(anchor(text, selectors)).toBeNull();
  });

  it('anchors very short quotes (1-3 characters) by their context', () => {
    for (const quote of ['a', 'by', 'bus']) {
      const nth = quote === 'a' ? 3 : 0;
      const { selectors, start } = select(ARTICLE, quote, nth);
      const text = 'Breaking: an extra sentence.\n\n' + ARTICLE;
      const r = anchor(text, selectors);
      expect(r?.start).toBe(start + 30);
      expect(landed(text, r)).toBe(quote);
    }
  });

  it('anchors quotes at the very start and end of the text', () => {
    const first = select(ARTICLE, 'The city council');
    const last = select(ARTICLE, 'three years in a row.');
    const text = ARTICLE.replace('voted on Tuesday', 'voted on Wednesday');
    expect(anchor(text, first.selectors)).toMatchObject({ start: 0, end: 16 });
    expect(landed(text, anchor(text, last.selectors))).toBe('three years in a row.');
    expect(anchor(text, last.selectors)!.end).toBe(text.length);
  });

  it('anchors long quotes (500+ characters) with several edits', () => {
    const quote = PARAGRAPHS.slice(1, 5).join('\n\n');
    expect(quote.length).toBeGreaterThan(500);
    const { selectors } = select(ARTICLE, quote);
    const text = ('Intro.\n\n' + ARTICLE)
      .replace('rose sharply', 'rose sharpy')
      .replace('has doubled', 'has  doubled')
      .replace('championed', 'champoined')
      .replace('over budget', 'over-budget');
    const r = anchor(text, selectors);
    expect(r!.start).toBe(text.indexOf('Supporters argued'));
    expect(r!.end).toBe(text.indexOf('over-budget.') + 'over-budget.'.length);
  });

  it('returns null when most of a long quote was rewritten', () => {
    const { selectors } = select(ARTICLE, PARAGRAPHS[1]);
    const text = ARTICLE.replace(PARAGRAPHS[1], 'Supporters argued about something else entirely, and nobody listened to the opponents.');
    expect(anchor(text, selectors)).toBeNull();
  });

  it('handles emoji, CJK and combining marks with exact UTF-16 offsets', () => {
    const text = 'Intro 🙂 text.\n\n東京の会議は火曜日に開かれた。Café e\u0301tude 🚲🚲 here.';
    const quote = '会議は火曜日に開かれた。Café e\u0301tude 🚲';
    const { selectors } = select(text, quote);
    const edited = '🎉 New line.\n\n' + text.replace('開かれた', '開かれました');
    const r = anchor(edited, selectors);
    expect(landed(edited, r)).toBe('会議は火曜日に開かれました。Café e\u0301tude 🚲');
  });

  it('anchors with only a quote selector (no position), refusing ties', () => {
    const unique = [{ type: 'TextQuoteSelector' as const, exact: 'bicycle network' }];
    expect(landed(ARTICLE, anchor(ARTICLE, unique))).toBe('bicycle network');
    const tie = [{ type: 'TextQuoteSelector' as const, exact: 'According to the official figures' }];
    expect(anchor(ARTICLE, tie)).toBeNull();
  });

  it('returns null for selectors without a usable quote', () => {
    expect(anchor(ARTICLE, [])).toBeNull();
    expect(anchor(ARTICLE, [{ type: 'TextPositionSelector', start: 0, end: 5 }])).toBeNull();
    expect(anchor('', select(ARTICLE, 'bicycle').selectors)).toBeNull();
  });
});
