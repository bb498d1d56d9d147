import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{renderSarif}from"./chunk-XQZELXU6.js";import"./chunk-QH3AK5FP.js";import"./chunk-3Q7EUCK7.js";import"./chunk-WMREXYIN.js";import"./chunk-DF3KEMTQ.js";import"./chunk-YA3ABTBQ.js";export{renderSarif};
