import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{readBlob,readObjects}from"./chunk-PGETUUPO.js";import"./chunk-OAJVSIS6.js";import"./chunk-SRU653HA.js";import"./chunk-C7GY4WS2.js";import"./chunk-KX3XDVET.js";import"./chunk-RMM2HLBN.js";import"./chunk-TPH23ZYO.js";import"./chunk-P5A7V3DR.js";import"./chunk-Z5B62TXL.js";import"./chunk-QQB34TF6.js";import"./chunk-QH3AK5FP.js";import"./chunk-DF3KEMTQ.js";import"./chunk-YA3ABTBQ.js";export{readBlob,readObjects};
