import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{mergeReports}from"./chunk-ASSBLUG6.js";import"./chunk-4FMBBCM2.js";import"./chunk-U7TXBNP3.js";import"./chunk-MCOZLU5H.js";import"./chunk-XYAEJTOO.js";import"./chunk-YA3ABTBQ.js";export{mergeReports};
