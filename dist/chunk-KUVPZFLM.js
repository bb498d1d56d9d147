import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{mergeReports}from"./chunk-7ASD42ZZ.js";import"./chunk-OU4XTFI7.js";import"./chunk-U7TXBNP3.js";import"./chunk-MCOZLU5H.js";import"./chunk-XYAEJTOO.js";import"./chunk-YA3ABTBQ.js";export{mergeReports};
