var B=Object.defineProperty;var f=(L,y)=>B(L,"name",{value:y,configurable:!0});const Y=908,Z=[908],q={30908:((L,y,l)=>{l.r(y),l.d(y,{reportCommand:f(()=>G,"reportCommand")});var S=l(51455),w=l(76760),H=l(57975),U=l(91738),C=l(5095),J=l(27947),j=l(55250),N=l(43684);const T=["dns","hosting","mail","secrets","alerts"];function M(n){const{manifest:t,records:s}=n,o=t.launch?.owners??{},d=f(e=>[...s].sort((a,i)=>Date.parse(i.time)-Date.parse(a.time)).map(a=>({record:a,check:a.checks.find(i=>i.check===e&&i.status!=="skipped")})).find(a=>a.check),"latest"),r=d("domain"),k=r?.check?.facts??{},h=k.observed??{},u=t.domain?.dns??[],p=[];if(h.nameServers?.length)for(const e of h.nameServers)p.push(`name servers of ${e.name}: ${e.values.join(", ")||"none"} (${(0,N.Az)(r.record)})`);else p.push("name servers: not observed (add an NS record to domain.dns to have them checked)");u.length&&p.push(`${u.length} record(s) checked by domain.dns: ${u.map(e=>`${e.name} ${e.type}`).join(", ")}`);const c=Object.entries(t.environments??{}).map(([e,a])=>`${e}: ${a.url}`),$=d("smoke");typeof $?.check?.facts?.url=="string"&&c.push(`last smoke run reached ${$.check.facts.url} (${(0,N.Az)($.record)})`);const m=[];for(const e of h.mx??[])m.push(`MX of ${e.domain}: ${e.records.join(", ")||"none"}`);const K=k.emailDomains??[];for(const e of K)m.push(`${e.domain}: SPF ${e.spfLookups!==void 0?`(${e.spfLookups} DNS lookups)`:"not read"}, DMARC policy ${e.dmarcPolicy??"none found"}`);m.length||m.push("not observed (list the mail domains under domain.email)");const v=[],A=t.env?.["declared-in"]??[];A.length&&v.push(`variables declared in ${A.join(", ")}`);const D=Object.entries(t.environments??{}).filter(([,e])=>e["env-file"]).map(([e,a])=>`${e}: ${a["env-file"]}`);D.length&&v.push(`env files: ${D.join(", ")}`);const E=Object.entries(t.env?.vars??{}).filter(([,e])=>e?.secret).map(([e])=>e);E.length&&v.push(`secret variables (names only): ${E.join(", ")}`);const V=d("env");for(const e of V?.check?.facts?.environments??[])Array.isArray(e.sources)&&e.sources.length&&v.push(`${e.name} values read from: ${e.sources.map(String).join(", ")}`);v.length||v.push("no env section in the manifest: nothing declares where secrets live");const X=[{area:"DNS",owner:o.dns,observed:p},{area:"Hosting",owner:o.hosting,observed:c.length?c:["no environments in the manifest"]},{area:"Mail DNS records",owner:o.mail,observed:m},{area:"Secrets",owner:o.secrets,observed:v},...Object.entries(o).filter(([e])=>!T.includes(e)).map(([e,a])=>({area:e,owner:a,observed:[]}))],g=[`history: ${n.historySource}, ${s.length} run(s)`];n.dashboardUrl&&g.push(`dashboard: ${n.dashboardUrl}`);for(const e of["post-deploy","nightly"]){const a=[...s].filter(i=>i.kind===e).sort((i,b)=>Date.parse(b.time)-Date.parse(i.time))[0];g.push(a?`last ${e} run: ${a.time.slice(0,16).replace("T"," ")} UTC, ${a.status}${a.runUrl?` (${a.runUrl})`:""}`:`no ${e} run yet`)}for(const e of n.trends.deploys)g.push(`deploy success on ${e.environment}: ${O(e.days30)} over 30 days`);for(const e of n.trends.uptime)g.push(`uptime of ${e.step} on ${e.environment}: ${O(e.days30)} over 30 days`);for(const e of n.trends.certificates)e.latest&&g.push(`certificate of ${e.host}: ${e.latest.daysLeft} days left on ${e.latest.time.slice(0,10)}`);const F=[],I=new Set;for(const e of["domain","env","secrets","migrations","smoke","latency"]){const a=d(e);for(const i of a?.check?.findings??[]){if(i.severity!=="warning"&&i.severity!=="error")continue;const b=`${i.ruleId}\0${i.file??""}\0${i.message}`;I.has(b)||(I.add(b),F.push(R(i)))}}for(const e of n.checklist.items)e.status!=="passed"&&F.push({source:`go-live: ${e.name}`,what:`${e.status}: ${e.evidence}`});return{schemaVersion:1,generatedAt:n.now.toISOString(),areas:X,alerts:o.alerts?{owner:o.alerts,note:t.alerts?"alerts section configured":"stated in launch.owners.alerts; nothing in release-gate sends alerts yet"}:{note:"nobody: launch.owners.alerts is not set"},...t.launch?.logs?{logs:t.launch.logs}:{},...t.launch?.rollback?{rollback:t.launch.rollback}:{},operations:g,nextSteps:F,knownLimitations:t.launch?.["known-limitations"]??[]}}f(M,"handoverReport");function R(n){return{source:n.ruleId,what:n.message,...n.hint?{how:n.hint}:{},...n.file?{where:`${n.file}${n.line?`:${n.line}`:""}`}:{}}}f(R,"stepOf");function O(n){return n.ratio===null?"no runs":`${(n.ratio*100).toFixed(1)}% (${n.passed}/${n.runs})`}f(O,"ratioText");function W(n){const t=[`# Handover

`,`Generated ${n.generatedAt.slice(0,16).replace("T"," ")} UTC from the manifest's \`launch\` facts and what the checks observed.

`,`## Where things live

`];t.push(`| Area | Who holds it | Observed or declared |
| --- | --- | --- |
`);for(const s of n.areas)t.push(`| ${(0,j.H)(s.area)} | ${s.owner?(0,j.H)(s.owner):"not stated (launch.owners)"} | ${s.observed.length?s.observed.map(j.H).join("<br>"):"\u2014"} |
`);return t.push(`
## Who gets alerted

`,`${n.alerts.owner??"Nobody stated."}${n.alerts.owner?` (${n.alerts.note})`:` ${n.alerts.note}`}

`),t.push(`## Where logs live

`,`${n.logs??"Not stated (launch.logs)."}

`),t.push(`## How to roll back

`,n.rollback?`See ${n.rollback}.

`:`Not documented (launch.rollback).

`),t.push(`## Operational notes

`,...n.operations.map(s=>`- ${s}
`),`
`),t.push(`## Next steps

`),n.nextSteps.length===0&&t.push(`No open warnings.
`),n.nextSteps.forEach((s,o)=>t.push(`${o+1}. **${s.source}**${s.where?` (${s.where})`:""}: ${s.what}${s.how?` ${s.how}`:""}
`)),t.push(`
## Known limitations

`,n.knownLimitations.length?n.knownLimitations.map(s=>`- ${s}
`).join(""):`- None stated (launch.known-limitations).
`),t.join("")}f(W,"renderHandoverMarkdown");var P=l(28903);const z=`Usage: release-gate report --launch [--output FILE] [--format markdown|json]
       release-gate report --handover [--output FILE] [--format markdown|json]

--launch     the go-live checklist: each item passed, failed or not checked, with the run, finding and
             date it rests on (from the history and the manifest); known limitations close it.
             Exits 0 only when every item passed.
--handover   where DNS, hosting, mail records and secrets live, who is alerted, where logs are, how to
             roll back, and next steps from the open warnings.
--output FILE  writes FILE (Markdown, or JSON when it ends in .json) and the other format beside it
             (FILE.json or FILE.md); without it the report goes to standard output.
Options: -m, --manifest PATH; --history FILE (an NDJSON history instead of the manifest's store).
`,G={async run(n,t,s=()=>new Date){let o;try{({values:o}=(0,H.parseArgs)({args:n,strict:!0,options:{launch:{type:"boolean"},handover:{type:"boolean"},output:{type:"string",short:"o"},format:{type:"string",short:"f"},manifest:{type:"string",short:"m"},history:{type:"string"},help:{type:"boolean",short:"h"}}}))}catch(r){return x(t,r.message)}if(o.help)return t.stdout(z),0;if(!!o.launch==!!o.handover)return x(t,"give exactly one of --launch and --handover");const d=o.format??"markdown";if(d!=="markdown"&&d!=="json")return x(t,`--format must be markdown or json, got "${d}"`);try{const r=await(0,P._)(t,o,s()),k=`${r.historySource} (${r.records.length} runs)${r.manifestFile?` and ${r.manifestFile}`:""}`;let h,u,p=0;if(o.launch)h=(0,N.X)(r.checklist,k),u=`${JSON.stringify(r.checklist,null,2)}
`,p=r.checklist.ready?0:1;else{const c=M({...r,now:s()});h=W(c),u=`${JSON.stringify(c,null,2)}
`}if(o.output){const c=(0,w.resolve)(t.cwd,o.output),$=(0,w.extname)(c).toLowerCase()===".json",m=`${c.slice(0,c.length-(0,w.extname)(c).length)}${$?".md":".json"}`;await(0,S.mkdir)((0,w.dirname)(c),{recursive:!0}),await(0,S.writeFile)(c,$?u:h),await(0,S.writeFile)(m,$?h:u),t.stdout(`report: ${o.launch?"go-live checklist":"handover"} written to ${o.output} and ${(0,w.relative)(t.cwd,m)}
`)}else t.stdout(d==="json"?u:h);return p}catch(r){if(r instanceof U.S)return t.stderr(`${r.message}
`),2;if(r instanceof J.tx||r instanceof C.J)return t.stderr(`release-gate report: ${r.message}
`),2;throw r}}};function x(n,t){return n.stderr(`release-gate report: ${t}
Run release-gate report --help for usage.
`),2}f(x,"usage")})};export{Y as id,Z as ids,q as modules};
