import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{BASELINE_MAX_BYTES,applyBaseline,checkBaseline,readBaseline,renderBaseline}from"./chunk-SK4KV2UI.js";import"./chunk-MHZ5QYZS.js";import"./chunk-RF4QXN6Z.js";import"./chunk-U7TXBNP3.js";import"./chunk-ZRFUUWG4.js";import"./chunk-Z5B62TXL.js";import"./chunk-WPG7DLDP.js";import"./chunk-S2NPRKIL.js";import"./chunk-YA3ABTBQ.js";export{BASELINE_MAX_BYTES,applyBaseline,checkBaseline,readBaseline,renderBaseline};
