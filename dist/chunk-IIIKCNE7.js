import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{mergeReports}from"./chunk-CPGRJFBW.js";import"./chunk-KF3TMWEL.js";import"./chunk-U7TXBNP3.js";import"./chunk-M2XIPE7I.js";import"./chunk-B5PSBGC6.js";import"./chunk-YA3ABTBQ.js";export{mergeReports};
