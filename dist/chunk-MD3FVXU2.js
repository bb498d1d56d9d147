import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{BASELINE_MAX_BYTES,applyBaseline,checkBaseline,readBaseline,renderBaseline}from"./chunk-YLYUKHWT.js";import"./chunk-FRIROKA4.js";import"./chunk-RMM2HLBN.js";import"./chunk-U7TXBNP3.js";import"./chunk-P5A7V3DR.js";import"./chunk-Z5B62TXL.js";import"./chunk-3Q7EUCK7.js";import"./chunk-WMREXYIN.js";import"./chunk-DF3KEMTQ.js";import"./chunk-YA3ABTBQ.js";export{BASELINE_MAX_BYTES,applyBaseline,checkBaseline,readBaseline,renderBaseline};
