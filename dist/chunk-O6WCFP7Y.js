import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{renderHuman}from"./chunk-6ZDWN3F7.js";import"./chunk-QBYRLXXM.js";import"./chunk-QQB34TF6.js";import"./chunk-JEVMG4H4.js";import"./chunk-FWINLJOH.js";import"./chunk-YA3ABTBQ.js";export{renderHuman};
