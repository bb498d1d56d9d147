import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{UsageError}from"./chunk-Z5B62TXL.js";function parseShard(value){let m=/^(\d+)\/(\d+)$/.exec(value.trim()),index=Number(m?.[1]),count=Number(m?.[2]);if(!m||count<1||index<1||index>count)throw new UsageError(`--shard "${value}": use k/n with 1 <= k <= n, e.g. 2/3`);return{index,count}}function pickShard(items,shard){return items.filter((_,i)=>i%shard.count===shard.index-1)}export{parseShard,pickShard};
