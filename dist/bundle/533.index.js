var L=Object.defineProperty;var i=(v,d)=>L(v,"name",{value:d,configurable:!0});const C=533,$=[533],H={34533:((v,d,s)=>{s.r(d),s.d(d,{rollbackCommand:i(()=>T,"rollbackCommand")});var y=s(57975),S=s.n(y),k=s(96584),O=s(91738),h=s(17745),D=s(75235),M=s(985),A=s(91611),P=s(37658);const R=`Usage: release-gate rollback [options]

Runs the manifest's rollback by hand (whatever rollback.when says): the command, given
RELEASE_GATE_ENVIRONMENT, RELEASE_GATE_FAILED_SHA, RELEASE_GATE_PREVIOUS_SHA and RELEASE_GATE_REASON,
or a workflow_dispatch of the workflow with the last sha whose post-deploy gate passed (from the
history, else the GitHub Deployments API). Then smoke runs again to confirm, when the manifest has it.

Options:
  -m, --manifest PATH      the manifest (default ${h.mj})
  -e, --environment NAME   the environment to roll back (default: the only one, or smoke's)
      --failed-sha SHA     the release that failed (default GITHUB_SHA)
      --to SHA             roll back to this sha instead of looking one up
      --reason TEXT        why (default "rolled back by hand")
      --url URL            confirm with smoke on this URL instead of the environment's
      --no-confirm         do not run smoke afterwards
      --history FILE       read this NDJSON history instead of the manifest's store

Exit codes: 0 rolled back (and confirmed); 1 the rollback or its confirmation failed; 2 usage or manifest error.
`,T={async run(c,e){let t;try{({values:t}=(0,y.parseArgs)({args:c,strict:!0,options:{manifest:{type:"string",short:"m"},environment:{type:"string",short:"e"},"failed-sha":{type:"string"},to:{type:"string"},reason:{type:"string"},url:{type:"string"},"no-confirm":{type:"boolean"},history:{type:"string"},help:{type:"boolean",short:"h"}}}))}catch(n){return f(e,n.message)}if(t.help)return e.stdout(R),0;for(const n of["failed-sha","to"]){const a=t[n];if(a!==void 0&&!/^[0-9a-f]{4,64}$/i.test(a))return f(e,`--${n} must be a commit sha, got "${a}"`)}const m=new D.GX,r=t.manifest===void 0?(0,h.J9)(e.cwd):{path:t.manifest,cwd:e.cwd};let o;try{o=await(0,h.eY)(r.path,r.cwd)}catch(n){if(n instanceof O.S)return e.stderr(`${n.message}
`),2;throw n}const E=o.data.rollback;if(!E)return f(e,`${o.file} has no rollback section (rollback: { run: COMMAND } or { workflow: FILE })`);const l=Object.keys(o.data.environments??{}),_=t.environment??o.data.smoke?.environment??(l.length===1?l[0]:"-");if(t.environment!==void 0&&!l.includes(t.environment))return f(e,`environment "${t.environment}" is not defined under environments${l.length?` (defined: ${l.join(", ")})`:""}`);const p=i((n,a)=>e.stderr(`release-gate: ${n==="info"?"":`${n}: `}${m.mask(a)}
`),"log"),{client:u}=(0,k.ZC)({...e.env});try{const n=t["failed-sha"]??e.env.GITHUB_SHA,a=await(0,P._p)({settings:E,environment:_,reason:t.reason??"rolled back by hand",...n?{failedSha:n}:{},...t.to?{previousSha:t.to}:{},cwd:r.cwd,env:e.env,...u?{github:u}:{},readHistory:i(()=>(0,M.g)(o.data.history,r.cwd,{file:t.history,env:e.env}).read(),"readHistory"),mask:i(b=>m.mask(b),"mask"),...e.signal?{signal:e.signal}:{},log:p}),g=a.status!=="failed"&&!t["no-confirm"]&&E.confirm!==!1&&o.data.smoke!==void 0?await(0,A.Ck)({cwd:r.cwd,env:e.env,manifestPath:r.path,manifest:o,environment:_==="-"?void 0:_,inputs:{},masker:m,previousSha:a.previous?.sha,...t.url?{url:t.url}:{},...e.signal?{signal:e.signal}:{},log:p}):void 0,w={...a,...g?{confirmation:g}:{}};return e.stdout(`${m.mask((0,A.Hs)(w))}
`),a.status!=="failed"&&g?.passed!==!1?0:1}finally{await u?.close()}}};function f(c,e){return c.stderr(`release-gate rollback: ${e}
Run release-gate rollback --help for usage.
`),2}i(f,"usage")})};export{C as id,$ as ids,H as modules};
