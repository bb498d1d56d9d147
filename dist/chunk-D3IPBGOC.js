import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
var OBJECT_PATHS=".git/";function objectPath(name){return OBJECT_PATHS+name}function isObjectPath(file){return file.startsWith(OBJECT_PATHS)}export{objectPath,isObjectPath};
