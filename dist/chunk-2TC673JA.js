import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{BASELINE_MAX_BYTES,applyBaseline,checkBaseline,readBaseline,renderBaseline}from"./chunk-P3ZAM6IS.js";import"./chunk-MHZ5QYZS.js";import"./chunk-FULOXUYN.js";import"./chunk-U7TXBNP3.js";import"./chunk-47F4CQE2.js";import"./chunk-Z5B62TXL.js";import"./chunk-WPG7DLDP.js";import"./chunk-FWINLJOH.js";import"./chunk-YA3ABTBQ.js";export{BASELINE_MAX_BYTES,applyBaseline,checkBaseline,readBaseline,renderBaseline};
