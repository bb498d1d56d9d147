import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{refBlobs,refTips,treeBlobs}from"./chunk-VOM544QC.js";import"./chunk-D3IPBGOC.js";import"./chunk-2NEGFNLV.js";import"./chunk-Z5B62TXL.js";import"./chunk-N777CL2P.js";import"./chunk-YA3ABTBQ.js";export{refBlobs,refTips,treeBlobs};
