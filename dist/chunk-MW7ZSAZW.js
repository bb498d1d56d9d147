import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{renderHuman}from"./chunk-E6CKMWFM.js";import"./chunk-QQB34TF6.js";import"./chunk-N3EQR5XG.js";import"./chunk-HIPWPH5K.js";import"./chunk-FWINLJOH.js";import"./chunk-YA3ABTBQ.js";export{renderHuman};
