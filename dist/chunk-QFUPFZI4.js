import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{FULL_PATCH_LIMIT,changedBlobs,patchedFiles,readChange,readDiff}from"./chunk-QDGMWDSL.js";import"./chunk-KH2X2FHQ.js";import"./chunk-KB7477SK.js";import"./chunk-TPH23ZYO.js";import"./chunk-P5A7V3DR.js";import"./chunk-Z5B62TXL.js";import"./chunk-DF3KEMTQ.js";import"./chunk-YA3ABTBQ.js";export{FULL_PATCH_LIMIT,changedBlobs,patchedFiles,readChange,readDiff};
