import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{renderHtml}from"./chunk-YEI2VGWP.js";import"./chunk-YBSQJ26Y.js";import"./chunk-QQB34TF6.js";import"./chunk-4RYGOYZO.js";import"./chunk-DF3KEMTQ.js";import"./chunk-YA3ABTBQ.js";export{renderHtml};
