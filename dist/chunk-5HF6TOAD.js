import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{readBlob,readObjects}from"./chunk-PIX54UBT.js";import"./chunk-7A4CHRPE.js";import"./chunk-AOIRD2S3.js";import"./chunk-6YIYBDEK.js";import"./chunk-RF4QXN6Z.js";import"./chunk-ZRFUUWG4.js";import"./chunk-IMVDXWE4.js";import"./chunk-Z5B62TXL.js";import"./chunk-QQB34TF6.js";import"./chunk-QH3AK5FP.js";import"./chunk-S2NPRKIL.js";import"./chunk-YA3ABTBQ.js";export{readBlob,readObjects};
