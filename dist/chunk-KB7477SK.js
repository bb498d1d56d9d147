import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import fs from"node:fs";import path from"node:path";function repositoryRoot(dir){for(let at=path.resolve(dir);;at=path.dirname(at)){if(fs.existsSync(path.join(at,".git"))||isGitDir(at))return at;if(path.dirname(at)===at)return}}function isGitDir(dir){return["HEAD","objects","refs"].every(entry=>fs.existsSync(path.join(dir,entry)))}export{repositoryRoot,isGitDir};
