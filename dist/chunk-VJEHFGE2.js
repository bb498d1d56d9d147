import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{BASELINE_MAX_BYTES,applyBaseline,checkBaseline,readBaseline,renderBaseline}from"./chunk-MHGIPW5G.js";import"./chunk-X5OOBUEQ.js";import"./chunk-RMM2HLBN.js";import"./chunk-U7TXBNP3.js";import"./chunk-P5A7V3DR.js";import"./chunk-Z5B62TXL.js";import"./chunk-L7UANUUW.js";import"./chunk-N3R46TTV.js";import"./chunk-DF3KEMTQ.js";import"./chunk-YA3ABTBQ.js";export{BASELINE_MAX_BYTES,applyBaseline,checkBaseline,readBaseline,renderBaseline};
