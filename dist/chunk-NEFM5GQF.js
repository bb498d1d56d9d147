import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{runGit}from"./chunk-TPH23ZYO.js";import"./chunk-Z5B62TXL.js";import"./chunk-DF3KEMTQ.js";import"./chunk-YA3ABTBQ.js";async function refBlobs(cwd){let refs=(await runGit(cwd,["for-each-ref","--format=%(refname)"])).toString("utf8").split(`
`).filter(ref=>ref!=="");if(refs.length===0)return[];let peeled=(await runGit(cwd,["cat-file","--batch-check=%(objectname) %(objecttype)"],refs.map(r=>`${r}^{}
`).join(""))).toString("utf8").split(`
`),entries=[],trees=new Set;refs.forEach((ref,i)=>{let[sha="",type]=peeled[i].split(" ");type==="blob"?entries.push({sha,path:ref,mode:"100644"}):type==="tree"&&trees.add(sha)});for(let tree of trees)entries.push(...await treeBlobs(cwd,tree));return entries}async function treeBlobs(cwd,tree){return(await runGit(cwd,["ls-tree","-r","-z","--full-tree",tree])).toString("utf8").split("\0").filter(record=>record!=="").map(record=>{let tab=record.indexOf("	"),[mode="",,sha=""]=record.slice(0,tab).split(" ");return{sha,path:record.slice(tab+1),mode}})}export{refBlobs};
