import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{FULL_PATCH_LIMIT,changedBlobs,patchedFiles,readChange,readDiff}from"./chunk-BFA5IEBB.js";import"./chunk-W5PTLPUW.js";import"./chunk-KB7477SK.js";import"./chunk-UQQ7AB6W.js";import"./chunk-Z5B62TXL.js";import"./chunk-FWINLJOH.js";import"./chunk-YA3ABTBQ.js";export{FULL_PATCH_LIMIT,changedBlobs,patchedFiles,readChange,readDiff};
