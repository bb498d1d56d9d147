import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{FULL_PATCH_LIMIT,changedBlobs,patchedFiles,readChange,readDiff}from"./chunk-L7UGSPOQ.js";import"./chunk-K3XGNLYD.js";import"./chunk-KB7477SK.js";import"./chunk-552ESDPB.js";import"./chunk-DJVR4KYW.js";import"./chunk-P5A7V3DR.js";import"./chunk-Z5B62TXL.js";import"./chunk-DF3KEMTQ.js";import"./chunk-YA3ABTBQ.js";export{FULL_PATCH_LIMIT,changedBlobs,patchedFiles,readChange,readDiff};
