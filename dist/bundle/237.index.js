var R=Object.defineProperty;var _=(g,a)=>R(g,"name",{value:a,configurable:!0});const W=237,j=[237],x={36214:((g,a)=>{Object.defineProperty(a,"__esModule",{value:!0});function n(i){const E=i.length;let l=0,o=0,s;for(;o<E;)l++,s=i.charCodeAt(o++),s>=55296&&s<=56319&&o<E&&(s=i.charCodeAt(o),(s&64512)===56320&&o++);return l}_(n,"ucs2length"),a.default=n,n.code='require("ajv/dist/runtime/ucs2length").default'}),35342:((g,a,n)=>{n.r(a),n.d(a,{baselineCommand:_(()=>T,"baselineCommand")});var i=n(51455),E=n.n(i),l=n(76760),o=n.n(l),s=n(57975),w=n.n(s),h=n(26360),v=n(2369),C=n(91738),$=n(17745),B=n(90967);const p=`Usage: release-gate baseline write [FILE] [options]
       release-gate baseline prune [FILE] [options]

write  records every current finding in FILE (default: the manifest's \`baseline:\`, else
       ${h.Mz}); later runs hide them and say how many.
prune  drops the entries of FILE that no longer match a finding, keeping the rest and the salt.

Options:
  -m, --manifest PATH   the manifest (default ${$.mj})
      --checks LIST     comma-separated checks (default: every configured check that does not
                        touch a live environment: env, migrations, secrets)
  -e, --environment NAME
  -h, --help            this help
`,T={async run(f,t){let m;try{m=(0,s.parseArgs)({args:f,allowPositionals:!0,options:{manifest:{type:"string",short:"m"},checks:{type:"string"},environment:{type:"string",short:"e"},help:{type:"boolean",short:"h"}}})}catch(e){return t.stderr(`release-gate baseline: ${e.message}
${p}`),2}const{values:c,positionals:U}=m;if(c.help)return t.stdout(p),0;const[u,b,...L]=U;if(u!=="write"&&u!=="prune"||L.length)return t.stderr(`release-gate baseline: ${u?`unknown action "${[u,...L].join(" ")}"`:"say write or prune"}
${p}`),2;const P=c.checks?c.checks.split(",").filter(Boolean):void 0;for(const e of P??[])if(!v.u.some(r=>r.name===e))return t.stderr(`release-gate baseline: unknown check "${e}"
`),2;try{const e=await(0,B.u)({cwd:t.cwd,env:t.env,manifestPath:c.manifest??$.mj,failOn:"error",checks:P,environment:c.environment,inputs:{},recordBaseline:!0,baselinePath:b,available:P?v.u:v.u.filter(O=>!O.live)}),r=b??e.manifest.data.baseline??h.Mz,y=e.entries??[];let d,M;if(u==="write")d=y,M=`recorded ${A(d.length,"finding")} in ${r}; later runs hide them. Review it before committing: every entry is a problem someone accepted`;else{if(!e.baseline||e.baseline.path!==r)return t.stderr(`release-gate baseline prune: ${r} is not a baseline to prune; write one with \`release-gate baseline write ${r}\`
`),2;const O=new Set(y.map(D=>D.fingerprint));d=e.baseline.entries.filter(D=>O.has(D.fingerprint)),M=`pruned ${A(e.baseline.entries.length-d.length,"entry","entries")} no longer matching a finding; ${d.length} kept in ${r}`}const I=(0,l.resolve)(t.cwd,r);return await(0,i.mkdir)((0,l.dirname)(I),{recursive:!0}),await(0,i.writeFile)(I,(0,h.qL)({salt:e.salt,entries:d})),t.stdout(`release-gate baseline: ${M}
`),0}catch(e){if(e instanceof C.S)return t.stderr(`${e.message}
`),2;if(e instanceof h.s$)return t.stderr(`release-gate baseline: ${e.message}
`),2;throw e}}};function A(f,t,m=`${t}s`){return`${f} ${f===1?t:m}`}_(A,"count")})};export{W as id,j as ids,x as modules};
