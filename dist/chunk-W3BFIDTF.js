import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{FULL_PATCH_LIMIT,changedBlobs,patchedFiles,readChange,readDiff}from"./chunk-65P245LR.js";import"./chunk-CPSQQUPY.js";import"./chunk-KB7477SK.js";import"./chunk-CQNVG2QY.js";import"./chunk-Z5B62TXL.js";import"./chunk-FWINLJOH.js";import"./chunk-YA3ABTBQ.js";export{FULL_PATCH_LIMIT,changedBlobs,patchedFiles,readChange,readDiff};
