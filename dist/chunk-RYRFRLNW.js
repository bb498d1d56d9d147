import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{VALIDATORS,httpOptions,validateFindings}from"./chunk-DZG3QX2G.js";import"./chunk-55UF2J4F.js";import"./chunk-YBSQJ26Y.js";import"./chunk-U7TXBNP3.js";import"./chunk-Z5B62TXL.js";import"./chunk-YA3ABTBQ.js";export{VALIDATORS,httpOptions,validateFindings};
