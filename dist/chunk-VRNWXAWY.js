import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{showBytes}from"./chunk-N777CL2P.js";function printable(text){return showBytes(text).replace(/[\u0000-\u001f\u007f-\u009f]/g,hex)}function escapeControls(text){return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g,hex)}function hex(ch){return`\\x${ch.charCodeAt(0).toString(16).padStart(2,"0")}`}export{printable,escapeControls};
