import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{readBlob,readObjects}from"./chunk-P4KTW6IZ.js";import"./chunk-FJG4Q2WX.js";import"./chunk-E26XE2WR.js";import"./chunk-E6HOOPWB.js";import"./chunk-FULOXUYN.js";import"./chunk-47F4CQE2.js";import"./chunk-Z4XR5WM2.js";import"./chunk-Z5B62TXL.js";import"./chunk-QQB34TF6.js";import"./chunk-QH3AK5FP.js";import"./chunk-FWINLJOH.js";import"./chunk-YA3ABTBQ.js";export{readBlob,readObjects};
