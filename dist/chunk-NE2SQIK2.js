import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{BASELINE_MAX_BYTES,applyBaseline,checkBaseline,readBaseline,renderBaseline}from"./chunk-H3TY5DXB.js";import"./chunk-6H4TJPX7.js";import"./chunk-MBDSUR62.js";import"./chunk-U7TXBNP3.js";import"./chunk-STLRX5LK.js";import"./chunk-Z5B62TXL.js";import"./chunk-HF3DGCIN.js";import"./chunk-JTS35MXC.js";import"./chunk-C5EJCVR3.js";import"./chunk-N777CL2P.js";import"./chunk-YA3ABTBQ.js";export{BASELINE_MAX_BYTES,applyBaseline,checkBaseline,readBaseline,renderBaseline};
