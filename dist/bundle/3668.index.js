(function(__releaseGateChunkUrl,__releaseGateRequire){"use strict";const v=3668,E=[3668],P={36214:((u,r)=>{Object.defineProperty(r,"__esModule",{value:!0});function e(a){const l=a.length;let i=0,t=0,n;for(;t<l;)i++,n=a.charCodeAt(t++),n>=55296&&n<=56319&&t<l&&(n=a.charCodeAt(t),(n&64512)===56320&&t++);return i}r.default=e,e.code='require("ajv/dist/runtime/ucs2length").default'}),12575:((u,r,e)=>{e.r(r),e.d(r,{validateCommand:()=>h});var a=e(57975),l=e.n(a),i=e(91738),t=e(17745);const n=`Usage: release-gate validate [--manifest PATH]

Checks the manifest against the schema and its references (environments, sessions) without running
any check. Exit 0 when it is valid, 2 with each problem at file:line:column when it is not.
`,h={async run(f,o){let d;try{({values:d}=(0,a.parseArgs)({args:f,options:{manifest:{type:"string",short:"m"},help:{type:"boolean",short:"h"}}}))}catch(s){return o.stderr(`release-gate validate: ${s.message}
${n}`),2}if(d.help)return o.stdout(n),0;const{path:m,cwd:g}=d.manifest?{path:d.manifest,cwd:o.cwd}:(0,t.J9)(o.cwd);try{const s=await(0,t.eY)(m,g),c=["env","migrations","secrets","smoke","latency","domain"].filter(_=>s.data[_]!==void 0);return o.stdout(`${s.file}: valid (${c.length?`configures ${c.join(", ")}`:"configures no check yet"})
`),0}catch(s){if(s instanceof i.S)return o.stderr(`${s.message}
`),2;throw s}}}})};return{id:v,ids:E,modules:P};})