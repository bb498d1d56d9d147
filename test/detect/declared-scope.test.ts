// The package or namespace a file declares is the scope of its bare key names (`KEY` in `package …novamed;`).
import { describe, expect, it } from 'vitest';
import { declaredScopeOf } from '../../src/detect/declared-scope.js';

describe('declaredScopeOf', () => {
  it.each([
    [
      '// Licence\npackage com.clinic.integrations.novamed;\n\nimport java.util.Map;',
      'com.clinic.integrations.novamed',
    ],
    ['package novamed\n\nconst auth = "…"', 'novamed'],
    ['namespace Clinic.Integrations.MaiAgent;\n\ninternal static class Secrets {}', 'clinic.integrations.maiagent'],
    ['using System;\n\nnamespace Clinic.MaiAgent\n{\n', 'clinic.maiagent'],
    ['<?php\nnamespace App\\Services\\NovaMed;\n', 'app\\services\\novamed'],
    ['package com.clinic.chat\r\n\r\nclass A', 'com.clinic.chat'],
  ])('reads the scope %j declares', (text, expected) => {
    expect(declaredScopeOf(text)).toBe(expected);
  });

  it.each([
    ['// this package ships the NovaMed client\nconst a = 1;'],
    ['const namespace = "novamed";'],
    ['{ "name": "package novamed" }'],
  ])('finds none in %j', (text) => {
    expect(declaredScopeOf(text)).toBeUndefined();
  });
});
