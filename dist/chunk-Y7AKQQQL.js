import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{mergeReports}from"./chunk-CYPFDKB3.js";import"./chunk-FRIROKA4.js";import"./chunk-U7TXBNP3.js";import"./chunk-3Q7EUCK7.js";import"./chunk-WMREXYIN.js";import"./chunk-YA3ABTBQ.js";export{mergeReports};
