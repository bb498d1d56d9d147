import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{readBlob,readObjects}from"./chunk-4FRG7VWL.js";import"./chunk-YDIMHZER.js";import"./chunk-ZW6OJTZS.js";import"./chunk-6YIYBDEK.js";import"./chunk-FULOXUYN.js";import"./chunk-47F4CQE2.js";import"./chunk-UQQ7AB6W.js";import"./chunk-Z5B62TXL.js";import"./chunk-QQB34TF6.js";import"./chunk-QH3AK5FP.js";import"./chunk-FWINLJOH.js";import"./chunk-YA3ABTBQ.js";export{readBlob,readObjects};
