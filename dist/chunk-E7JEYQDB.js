import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{mergeReports}from"./chunk-VRA3AF47.js";import"./chunk-X5OOBUEQ.js";import"./chunk-U7TXBNP3.js";import"./chunk-L7UANUUW.js";import"./chunk-N3R46TTV.js";import"./chunk-YA3ABTBQ.js";export{mergeReports};
