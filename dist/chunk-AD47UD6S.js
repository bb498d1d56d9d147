import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{BASELINE_MAX_BYTES,applyBaseline,checkBaseline,readBaseline,renderBaseline}from"./chunk-ZDZGE6SY.js";import"./chunk-PZNUEFQ2.js";import"./chunk-DWD3QJJG.js";import"./chunk-Y4YQV6DC.js";import"./chunk-U7TXBNP3.js";import"./chunk-Z5B62TXL.js";import"./chunk-WPG7DLDP.js";import"./chunk-YA3ABTBQ.js";export{BASELINE_MAX_BYTES,applyBaseline,checkBaseline,readBaseline,renderBaseline};
