import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{VALIDATORS,httpOptions,validateFindings}from"./chunk-NVI6HSDY.js";import"./chunk-S7VPO7XV.js";import"./chunk-YBSQJ26Y.js";import"./chunk-U7TXBNP3.js";import"./chunk-Z5B62TXL.js";import"./chunk-YA3ABTBQ.js";export{VALIDATORS,httpOptions,validateFindings};
