import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{readBlob,readObjects}from"./chunk-XYK6LZYX.js";import"./chunk-OAJVSIS6.js";import"./chunk-FHL3JD62.js";import"./chunk-6WY63DUP.js";import"./chunk-6YIYBDEK.js";import"./chunk-MBDSUR62.js";import"./chunk-2NEGFNLV.js";import"./chunk-STLRX5LK.js";import"./chunk-Z5B62TXL.js";import"./chunk-QQB34TF6.js";import"./chunk-QH3AK5FP.js";import"./chunk-C5EJCVR3.js";import"./chunk-N777CL2P.js";import"./chunk-YA3ABTBQ.js";export{readBlob,readObjects};
