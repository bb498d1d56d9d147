import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{readBlob,readObjects}from"./chunk-G5MN6Z4C.js";import"./chunk-NVX6ZOOV.js";import"./chunk-7RGLXTLH.js";import"./chunk-E6HOOPWB.js";import"./chunk-FULOXUYN.js";import"./chunk-47F4CQE2.js";import"./chunk-Z4XR5WM2.js";import"./chunk-Z5B62TXL.js";import"./chunk-QQB34TF6.js";import"./chunk-QH3AK5FP.js";import"./chunk-FWINLJOH.js";import"./chunk-YA3ABTBQ.js";export{readBlob,readObjects};
