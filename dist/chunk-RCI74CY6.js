import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{renderHtml}from"./chunk-O2NB53IJ.js";import"./chunk-YBSQJ26Y.js";import"./chunk-QQB34TF6.js";import"./chunk-S2NPRKIL.js";import"./chunk-YA3ABTBQ.js";export{renderHtml};
