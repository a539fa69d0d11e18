var E=Object.defineProperty;var u=(l,a)=>E(l,"name",{value:a,configurable:!0});const y=3668,A=[3668],C={36214:((l,a)=>{Object.defineProperty(a,"__esModule",{value:!0});function e(o){const c=o.length;let i=0,t=0,n;for(;t<c;)i++,n=o.charCodeAt(t++),n>=55296&&n<=56319&&t<c&&(n=o.charCodeAt(t),(n&64512)===56320&&t++);return i}u(e,"ucs2length"),a.default=e,e.code='require("ajv/dist/runtime/ucs2length").default'}),12575:((l,a,e)=>{e.r(a),e.d(a,{validateCommand:u(()=>f,"validateCommand")});var o=e(57975),c=e.n(o),i=e(91738),t=e(17745);const n=`Usage: release-gate validate [--manifest PATH]

Checks the manifest against the schema and its references (environments, sessions) without running
any check. Exit 0 when it is valid, 2 with each problem at file:line:column when it is not.
`,f={async run(m,r){let d;try{({values:d}=(0,o.parseArgs)({args:m,options:{manifest:{type:"string",short:"m"},help:{type:"boolean",short:"h"}}}))}catch(s){return r.stderr(`release-gate validate: ${s.message}
${n}`),2}if(d.help)return r.stdout(n),0;const{path:g,cwd:_}=d.manifest?{path:d.manifest,cwd:r.cwd}:(0,t.J9)(r.cwd);try{const s=await(0,t.eY)(g,_),h=["env","migrations","secrets","smoke","latency","domain"].filter(v=>s.data[v]!==void 0);return r.stdout(`${s.file}: valid (${h.length?`configures ${h.join(", ")}`:"configures no check yet"})
`),0}catch(s){if(s instanceof i.S)return r.stderr(`${s.message}
`),2;throw s}}}})};export{y as id,A as ids,C as modules};
