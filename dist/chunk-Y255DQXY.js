import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{FULL_PATCH_LIMIT,changedBlobs,patchedFiles,readChange,readDiff}from"./chunk-LPZ6PCGV.js";import"./chunk-VHZUXSYI.js";import"./chunk-PHGW3YGW.js";import"./chunk-Z5B62TXL.js";import"./chunk-YA3ABTBQ.js";export{FULL_PATCH_LIMIT,changedBlobs,patchedFiles,readChange,readDiff};
