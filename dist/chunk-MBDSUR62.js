import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{readRegularFile}from"./chunk-STLRX5LK.js";import{ConfigError}from"./chunk-Z5B62TXL.js";var CONFIG_MAX_BYTES=4*1024*1024;function readJsonFile(file,maxBytes){let bytes;try{bytes=readRegularFile(file,maxBytes,{followLinks:!0})}catch(error){throw new ConfigError(file,`cannot read: ${error.code??error.message}`)}return parseJson(file,bytes.toString("utf8"))}function parseJson(file,text){try{return JSON.parse(text)}catch(error){let at=/position (\d+)/.exec(error.message);throw new ConfigError(file,`invalid JSON${at?` at ${lineAndColumn(text,Number(at[1]))}`:""}`)}}function lineAndColumn(text,offset){let before=text.slice(0,offset);return`line ${before.split(`
`).length}, column ${offset-before.lastIndexOf(`
`)}`}export{CONFIG_MAX_BYTES,readJsonFile,parseJson};
