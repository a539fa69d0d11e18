(function(__releaseGateChunkUrl,__releaseGateRequire){"use strict";var B=Object.defineProperty;var f=(L,y)=>B(L,"name",{value:y,configurable:!0});const Y=908,Z=[908],q={30908:((L,y,c)=>{c.r(y),c.d(y,{reportCommand:f(()=>z,"reportCommand")});var j=c(51455),w=c(76760),H=c(57975),U=c(91738),C=c(5095),J=c(27947),S=c(55250),N=c(43684);const T=["dns","hosting","mail","secrets","alerts"];function M(n){const{manifest:t,records:s}=n,r=t.launch?.owners??{},d=f(e=>[...s].sort((o,i)=>Date.parse(i.time)-Date.parse(o.time)).map(o=>({record:o,check:o.checks.find(i=>i.check===e&&i.status!=="skipped")})).find(o=>o.check),"latest"),a=d("domain"),k=a?.check?.facts??{},h=k.observed??{},u=t.domain?.dns??[],p=[];if(h.nameServers?.length)for(const e of h.nameServers)p.push(`name servers of ${e.name}: ${e.values.join(", ")||"none"} (${(0,N.Az)(a.record)})`);else p.push("name servers: not observed (add an NS record to domain.dns to have them checked)");u.length&&p.push(`${u.length} record(s) checked by domain.dns: ${u.map(e=>`${e.name} ${e.type}`).join(", ")}`);const l=Object.entries(t.environments??{}).map(([e,o])=>`${e}: ${o.url}`),$=d("smoke");typeof $?.check?.facts?.url=="string"&&l.push(`last smoke run reached ${$.check.facts.url} (${(0,N.Az)($.record)})`);const m=[];for(const e of h.mx??[])m.push(`MX of ${e.domain}: ${e.records.join(", ")||"none"}`);const K=k.emailDomains??[];for(const e of K)m.push(`${e.domain}: SPF ${e.spfLookups!==void 0?`(${e.spfLookups} DNS lookups)`:"not read"}, DMARC policy ${e.dmarcPolicy??"none found"}`);m.length||m.push("not observed (list the mail domains under domain.email)");const g=[],A=t.env?.["declared-in"]??[];A.length&&g.push(`variables declared in ${A.join(", ")}`);const D=Object.entries(t.environments??{}).filter(([,e])=>e["env-file"]).map(([e,o])=>`${e}: ${o["env-file"]}`);D.length&&g.push(`env files: ${D.join(", ")}`);const E=Object.entries(t.env?.vars??{}).filter(([,e])=>e?.secret).map(([e])=>e);E.length&&g.push(`secret variables (names only): ${E.join(", ")}`);const V=d("env");for(const e of V?.check?.facts?.environments??[])Array.isArray(e.sources)&&e.sources.length&&g.push(`${e.name} values read from: ${e.sources.map(String).join(", ")}`);g.length||g.push("no env section in the manifest: nothing declares where secrets live");const X=[{area:"DNS",owner:r.dns,observed:p},{area:"Hosting",owner:r.hosting,observed:l.length?l:["no environments in the manifest"]},{area:"Mail DNS records",owner:r.mail,observed:m},{area:"Secrets",owner:r.secrets,observed:g},...Object.entries(r).filter(([e])=>!T.includes(e)).map(([e,o])=>({area:e,owner:o,observed:[]}))],v=[`history: ${n.historySource}, ${s.length} run(s)`];n.dashboardUrl&&v.push(`dashboard: ${n.dashboardUrl}`);for(const e of["post-deploy","nightly"]){const o=[...s].filter(i=>i.kind===e).sort((i,b)=>Date.parse(b.time)-Date.parse(i.time))[0];v.push(o?`last ${e} run: ${o.time.slice(0,16).replace("T"," ")} UTC, ${o.status}${o.runUrl?` (${o.runUrl})`:""}`:`no ${e} run yet`)}for(const e of n.trends.deploys)v.push(`deploy success on ${e.environment}: ${O(e.days30)} over 30 days`);for(const e of n.trends.uptime)v.push(`uptime of ${e.step} on ${e.environment}: ${O(e.days30)} over 30 days`);for(const e of n.trends.certificates)e.latest&&v.push(`certificate of ${e.host}: ${e.latest.daysLeft} days left on ${e.latest.time.slice(0,10)}`);const F=[],I=new Set;for(const e of["domain","env","secrets","migrations","smoke","latency"]){const o=d(e);for(const i of o?.check?.findings??[]){if(i.severity!=="warning"&&i.severity!=="error")continue;const b=`${i.ruleId}\0${i.file??""}\0${i.message}`;I.has(b)||(I.add(b),F.push(R(i)))}}for(const e of n.checklist.items)e.status!=="passed"&&F.push({source:`go-live: ${e.name}`,what:`${e.status}: ${e.evidence}`});return{schemaVersion:1,generatedAt:n.now.toISOString(),areas:X,alerts:r.alerts?{owner:r.alerts,note:t.alerts?.length?`alerts go to ${t.alerts.map((e,o)=>e.name??(e["github-issue"]?"a GitHub issue per failure":`webhook ${o+1} (${e.format??"slack"})`)).join(" and ")}`:"stated in launch.owners.alerts; the manifest has no alerts section, so release-gate sends them nothing"}:{note:"nobody: launch.owners.alerts is not set"},...t.launch?.logs?{logs:t.launch.logs}:{},...t.launch?.rollback?{rollback:t.launch.rollback}:{},operations:v,nextSteps:F,knownLimitations:t.launch?.["known-limitations"]??[]}}f(M,"handoverReport");function R(n){return{source:n.ruleId,what:n.message,...n.hint?{how:n.hint}:{},...n.file?{where:`${n.file}${n.line?`:${n.line}`:""}`}:{}}}f(R,"stepOf");function O(n){return n.ratio===null?"no runs":`${(n.ratio*100).toFixed(1)}% (${n.passed}/${n.runs})`}f(O,"ratioText");function W(n){const t=[`# Handover

`,`Generated ${n.generatedAt.slice(0,16).replace("T"," ")} UTC from the manifest's \`launch\` facts and what the checks observed.

`,`## Where things live

`];t.push(`| Area | Who holds it | Observed or declared |
| --- | --- | --- |
`);for(const s of n.areas)t.push(`| ${(0,S.H)(s.area)} | ${s.owner?(0,S.H)(s.owner):"not stated (launch.owners)"} | ${s.observed.length?s.observed.map(S.H).join("<br>"):"\u2014"} |
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
`),n.nextSteps.forEach((s,r)=>t.push(`${r+1}. **${s.source}**${s.where?` (${s.where})`:""}: ${s.what}${s.how?` ${s.how}`:""}
`)),t.push(`
## Known limitations

`,n.knownLimitations.length?n.knownLimitations.map(s=>`- ${s}
`).join(""):`- None stated (launch.known-limitations).
`),t.join("")}f(W,"renderHandoverMarkdown");var G=c(28903);const P=`Usage: release-gate report --launch [--output FILE] [--format markdown|json]
       release-gate report --handover [--output FILE] [--format markdown|json]

--launch     the go-live checklist: each item passed, failed or not checked, with the run, finding and
             date it rests on (from the history and the manifest); known limitations close it.
             Exits 0 only when every item passed.
--handover   where DNS, hosting, mail records and secrets live, who is alerted, where logs are, how to
             roll back, and next steps from the open warnings.
--output FILE  writes FILE (Markdown, or JSON when it ends in .json) and the other format beside it
             (FILE.json or FILE.md); without it the report goes to standard output.
Options: -m, --manifest PATH; --history FILE (an NDJSON history instead of the manifest's store).
`,z={async run(n,t,s=()=>new Date){let r;try{({values:r}=(0,H.parseArgs)({args:n,strict:!0,options:{launch:{type:"boolean"},handover:{type:"boolean"},output:{type:"string",short:"o"},format:{type:"string",short:"f"},manifest:{type:"string",short:"m"},history:{type:"string"},help:{type:"boolean",short:"h"}}}))}catch(a){return x(t,a.message)}if(r.help)return t.stdout(P),0;if(!!r.launch==!!r.handover)return x(t,"give exactly one of --launch and --handover");const d=r.format??"markdown";if(d!=="markdown"&&d!=="json")return x(t,`--format must be markdown or json, got "${d}"`);try{const a=await(0,G._)(t,r,s()),k=`${a.historySource} (${a.records.length} runs)${a.manifestFile?` and ${a.manifestFile}`:""}`;let h,u,p=0;if(r.launch)h=(0,N.X)(a.checklist,k),u=`${JSON.stringify(a.checklist,null,2)}
`,p=a.checklist.ready?0:1;else{const l=M({...a,now:s()});h=W(l),u=`${JSON.stringify(l,null,2)}
`}if(r.output){const l=(0,w.resolve)(t.cwd,r.output),$=(0,w.extname)(l).toLowerCase()===".json",m=`${l.slice(0,l.length-(0,w.extname)(l).length)}${$?".md":".json"}`;await(0,j.mkdir)((0,w.dirname)(l),{recursive:!0}),await(0,j.writeFile)(l,$?u:h),await(0,j.writeFile)(m,$?h:u),t.stdout(`report: ${r.launch?"go-live checklist":"handover"} written to ${r.output} and ${(0,w.relative)(t.cwd,m)}
`)}else t.stdout(d==="json"?u:h);return p}catch(a){if(a instanceof U.S)return t.stderr(`${a.message}
`),2;if(a instanceof J.tx||a instanceof C.J)return t.stderr(`release-gate report: ${a.message}
`),2;throw a}}};function x(n,t){return n.stderr(`release-gate report: ${t}
Run release-gate report --help for usage.
`),2}f(x,"usage")})};return{id:Y,ids:Z,modules:q};})