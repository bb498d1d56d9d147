import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{BASELINE_MAX_BYTES,applyBaseline,checkBaseline,readBaseline,renderBaseline}from"./chunk-UX6WTJC5.js";import"./chunk-KF3TMWEL.js";import"./chunk-RMM2HLBN.js";import"./chunk-U7TXBNP3.js";import"./chunk-P5A7V3DR.js";import"./chunk-Z5B62TXL.js";import"./chunk-M2XIPE7I.js";import"./chunk-B5PSBGC6.js";import"./chunk-DF3KEMTQ.js";import"./chunk-YA3ABTBQ.js";export{BASELINE_MAX_BYTES,applyBaseline,checkBaseline,readBaseline,renderBaseline};
