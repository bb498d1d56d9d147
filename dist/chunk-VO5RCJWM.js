import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{BASELINE_MAX_BYTES,applyBaseline,checkBaseline,readBaseline,renderBaseline}from"./chunk-4QIZRGOZ.js";import"./chunk-QNCAJJHY.js";import"./chunk-MBDSUR62.js";import"./chunk-U7TXBNP3.js";import"./chunk-STLRX5LK.js";import"./chunk-Z5B62TXL.js";import"./chunk-MCOZLU5H.js";import"./chunk-XYAEJTOO.js";import"./chunk-N777CL2P.js";import"./chunk-YA3ABTBQ.js";export{BASELINE_MAX_BYTES,applyBaseline,checkBaseline,readBaseline,renderBaseline};
