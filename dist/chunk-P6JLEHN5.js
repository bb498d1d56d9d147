import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{escapeXml,renderJunit}from"./chunk-37XMJ2UU.js";import"./chunk-4RYGOYZO.js";import"./chunk-DF3KEMTQ.js";import"./chunk-YA3ABTBQ.js";export{escapeXml,renderJunit};
