// A vendor word counts as context only where it is a word of its own: cut off by a longer word's letter case, or
// covered by another thing's word from the vendors' hints (`otherWords`).
import { describe, expect, it } from 'vitest';
import { mentions } from '../../src/detect/word-piece.js';
import { builtinRules } from '../helpers/scan.js';

const rules = builtinRules();
const others = Object.values(rules.hints).flatMap((hints) => hints?.otherWords ?? []);
const named = (text: string, word: string) => mentions(text, text.toLowerCase(), word, others);

describe('mentions with the built-in other words', () => {
  it.each([
    ['hello@novamedia.in', 'novamed'],
    ['supernovamed.org', 'novamed'],
    ['Casanova Medical (casanovamed.com)', 'novamed'],
    ['class InnovaMedRegistry', 'novamed'],
    ['// MiniMaxAI chat', 'maxai'],
    ['minimax-ai speech', 'max-ai'],
    ['careers at maxcareers.com', 'maxcare'],
    ['kimai_agent sync', 'mai_agent'],
    ['https://mai-agentur.de', 'mai-agent'],
  ])('%s is another word, not %s', (text, word) => {
    expect(named(text, word)).toBe(false);
  });

  it.each([
    ['import { NovaMedClient } from "novamed"', 'novamed'],
    ['novamed_api_key = 1', 'novamed'],
    ['MAXAI_KEY=1', 'maxai'],
    ['const maiagentKey = 1', 'maiagent'],
    ['minimax and novamed side by side', 'novamed'],
    ['https://api.maxcare.ai', 'maxcare'],
  ])('%s names %s', (text, word) => {
    expect(named(text, word)).toBe(true);
  });

  it('reads only what the hints list: without other words, `supernovamed` holds a mention', () => {
    expect(mentions('supernovamed', 'supernovamed', 'novamed')).toBe(true);
  });
});
