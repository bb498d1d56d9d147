import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{renderSarif}from"./chunk-4FPX3EQN.js";import"./chunk-QH3AK5FP.js";import"./chunk-L7UANUUW.js";import"./chunk-N3R46TTV.js";import"./chunk-DF3KEMTQ.js";import"./chunk-YA3ABTBQ.js";export{renderSarif};
