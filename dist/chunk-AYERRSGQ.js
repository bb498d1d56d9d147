import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{renderJson}from"./chunk-JW2NP4QW.js";import"./chunk-YA3ABTBQ.js";export{renderJson};
