// A module's directive prologue decides whether React frameworks ship it to the browser ('use client').
import { describe, expect, it } from 'vitest';
import { directivesOf } from '../../src/detect/prologue.js';

describe('directivesOf', () => {
  it.each([
    ["'use client';\nimport a from 'a';", ['use client']],
    ['"use client"\n\nexport const x = 1;', ['use client']],
    ['\uFEFF// header\n/* licence\n */\n"use strict";\n\'use client\'\nconst a = 1;', ['use strict', 'use client']],
    ["'use client' // the chat widget\nconst k = 1;", ['use client']],
    ["'use server';", ['use server']],
  ])('reads the directives that open %j', (text, expected) => {
    expect(directivesOf(text)).toEqual(expected);
  });

  it.each([
    ["import a from 'a';\n'use client';"],
    ["const note = 'use client';"],
    ["'use client'.length;"],
    ['// "use client" is not needed in a route handler\nexport async function POST() {}'],
    ["/* unclosed comment 'use client'"],
    [''],
  ])('finds none in %j', (text) => {
    expect(directivesOf(text)).toEqual([]);
  });
});
