import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{renderHuman}from"./chunk-KE4ZKMHS.js";import"./chunk-QQB34TF6.js";import"./chunk-6DF344HZ.js";import"./chunk-4RYGOYZO.js";import"./chunk-DF3KEMTQ.js";import"./chunk-YA3ABTBQ.js";export{renderHuman};
