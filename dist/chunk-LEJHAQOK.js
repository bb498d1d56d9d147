import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{parseShard,pickShard}from"./chunk-XQFTGM2H.js";import"./chunk-Z5B62TXL.js";import"./chunk-YA3ABTBQ.js";export{parseShard,pickShard};
