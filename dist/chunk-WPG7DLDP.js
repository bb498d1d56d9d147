import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
function entryPath(archive,entry){return`${archive}!${entry}`}function isArchivePath(file){return file.includes("!")}function outerPath(file){let at=file.indexOf("!");return at===-1?file:file.slice(0,at)}function innerPath(file){return file.slice(file.lastIndexOf("!")+1)}export{entryPath,isArchivePath,outerPath,innerPath};
