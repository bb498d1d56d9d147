import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{FULL_PATCH_LIMIT,changedBlobs,patchedFiles,readChange,readDiff}from"./chunk-GD3ORFSI.js";import"./chunk-ZEBW43QG.js";import"./chunk-KB7477SK.js";import"./chunk-ZCV2CBJP.js";import"./chunk-P5A7V3DR.js";import"./chunk-Z5B62TXL.js";import"./chunk-DF3KEMTQ.js";import"./chunk-YA3ABTBQ.js";export{FULL_PATCH_LIMIT,changedBlobs,patchedFiles,readChange,readDiff};
