import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{renderSarif}from"./chunk-6VJYUWKP.js";import"./chunk-QH3AK5FP.js";import"./chunk-M2XIPE7I.js";import"./chunk-B5PSBGC6.js";import"./chunk-DF3KEMTQ.js";import"./chunk-YA3ABTBQ.js";export{renderSarif};
