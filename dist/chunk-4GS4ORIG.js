import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{FULL_PATCH_LIMIT,changedBlobs,patchedFiles,readChange,readDiff}from"./chunk-BZWTVE4G.js";import"./chunk-YTPJYI2N.js";import"./chunk-KB7477SK.js";import"./chunk-PHGW3YGW.js";import"./chunk-Z5B62TXL.js";import"./chunk-YA3ABTBQ.js";export{FULL_PATCH_LIMIT,changedBlobs,patchedFiles,readChange,readDiff};
