import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{writeFileAtomic}from"./chunk-STYUIZ7R.js";import"./chunk-KB7477SK.js";import"./chunk-Z5B62TXL.js";import"./chunk-YA3ABTBQ.js";export{writeFileAtomic};
