import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{renderSarif}from"./chunk-X7FZFXBS.js";import"./chunk-QH3AK5FP.js";import"./chunk-MCOZLU5H.js";import"./chunk-XYAEJTOO.js";import"./chunk-N777CL2P.js";import"./chunk-YA3ABTBQ.js";export{renderSarif};
