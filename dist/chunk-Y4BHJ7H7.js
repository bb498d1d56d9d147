import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{FULL_PATCH_LIMIT,changedBlobs,patchedFiles,readChange,readDiff}from"./chunk-YXUDAPC4.js";import"./chunk-4EIRSGVM.js";import"./chunk-KB7477SK.js";import"./chunk-ZRFUUWG4.js";import"./chunk-IMVDXWE4.js";import"./chunk-Z5B62TXL.js";import"./chunk-S2NPRKIL.js";import"./chunk-YA3ABTBQ.js";export{FULL_PATCH_LIMIT,changedBlobs,patchedFiles,readChange,readDiff};
