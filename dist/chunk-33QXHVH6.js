import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{mergeReports}from"./chunk-VU5BNMBS.js";import"./chunk-QNCAJJHY.js";import"./chunk-U7TXBNP3.js";import"./chunk-MCOZLU5H.js";import"./chunk-XYAEJTOO.js";import"./chunk-YA3ABTBQ.js";export{mergeReports};
