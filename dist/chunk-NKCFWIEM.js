import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{renderSarif}from"./chunk-APPADZBW.js";import"./chunk-QH3AK5FP.js";import"./chunk-42R2CJVD.js";import"./chunk-4KXD5LDE.js";import"./chunk-DF3KEMTQ.js";import"./chunk-YA3ABTBQ.js";export{renderSarif};
