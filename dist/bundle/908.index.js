(function(__releaseGateChunkUrl,__releaseGateRequire){"use strict";const X=908,B=[908],Q={30908:((V,x,c)=>{c.r(x),c.d(x,{reportCommand:()=>G});var k=c(51455),v=c(76760),E=c(57975),I=c(91738),H=c(5095),U=c(27947),b=c(55250),j=c(43684);const C=["dns","hosting","mail","secrets","alerts"];function J(n){const{manifest:t,records:s}=n,r=t.launch?.owners??{},d=e=>[...s].sort((o,i)=>Date.parse(i.time)-Date.parse(o.time)).map(o=>({record:o,check:o.checks.find(i=>i.check===e&&i.status!=="skipped")})).find(o=>o.check),a=d("domain"),w=a?.check?.facts??{},h=w.observed??{},u=t.domain?.dns??[],f=[];if(h.nameServers?.length)for(const e of h.nameServers)f.push(`name servers of ${e.name}: ${e.values.join(", ")||"none"} (${(0,j.Az)(a.record)})`);else f.push("name servers: not observed (add an NS record to domain.dns to have them checked)");u.length&&f.push(`${u.length} record(s) checked by domain.dns: ${u.map(e=>`${e.name} ${e.type}`).join(", ")}`);const l=Object.entries(t.environments??{}).map(([e,o])=>`${e}: ${o.url}`),p=d("smoke");typeof p?.check?.facts?.url=="string"&&l.push(`last smoke run reached ${p.check.facts.url} (${(0,j.Az)(p.record)})`);const m=[];for(const e of h.mx??[])m.push(`MX of ${e.domain}: ${e.records.join(", ")||"none"}`);const P=w.emailDomains??[];for(const e of P)m.push(`${e.domain}: SPF ${e.spfLookups!==void 0?`(${e.spfLookups} DNS lookups)`:"not read"}, DMARC policy ${e.dmarcPolicy??"none found"}`);m.length||m.push("not observed (list the mail domains under domain.email)");const $=[],L=t.env?.["declared-in"]??[];L.length&&$.push(`variables declared in ${L.join(", ")}`);const O=Object.entries(t.environments??{}).filter(([,e])=>e["env-file"]).map(([e,o])=>`${e}: ${o["env-file"]}`);O.length&&$.push(`env files: ${O.join(", ")}`);const A=Object.entries(t.env?.vars??{}).filter(([,e])=>e?.secret).map(([e])=>e);A.length&&$.push(`secret variables (names only): ${A.join(", ")}`);const z=d("env");for(const e of z?.check?.facts?.environments??[])Array.isArray(e.sources)&&e.sources.length&&$.push(`${e.name} values read from: ${e.sources.map(String).join(", ")}`);$.length||$.push("no env section in the manifest: nothing declares where secrets live");const K=[{area:"DNS",owner:r.dns,observed:f},{area:"Hosting",owner:r.hosting,observed:l.length?l:["no environments in the manifest"]},{area:"Mail DNS records",owner:r.mail,observed:m},{area:"Secrets",owner:r.secrets,observed:$},...Object.entries(r).filter(([e])=>!C.includes(e)).map(([e,o])=>({area:e,owner:o,observed:[]}))],g=[`history: ${n.historySource}, ${s.length} run(s)`];n.dashboardUrl&&g.push(`dashboard: ${n.dashboardUrl}`);for(const e of["post-deploy","nightly"]){const o=[...s].filter(i=>i.kind===e).sort((i,y)=>Date.parse(y.time)-Date.parse(i.time))[0];g.push(o?`last ${e} run: ${o.time.slice(0,16).replace("T"," ")} UTC, ${o.status}${o.runUrl?` (${o.runUrl})`:""}`:`no ${e} run yet`)}for(const e of n.trends.deploys)g.push(`deploy success on ${e.environment}: ${F(e.days30)} over 30 days`);for(const e of n.trends.uptime)g.push(`uptime of ${e.step} on ${e.environment}: ${F(e.days30)} over 30 days`);for(const e of n.trends.certificates)e.latest&&g.push(`certificate of ${e.host}: ${e.latest.daysLeft} days left on ${e.latest.time.slice(0,10)}`);const N=[],D=new Set;for(const e of["domain","env","secrets","migrations","smoke","latency"]){const o=d(e);for(const i of o?.check?.findings??[]){if(i.severity!=="warning"&&i.severity!=="error")continue;const y=`${i.ruleId}\0${i.file??""}\0${i.message}`;D.has(y)||(D.add(y),N.push(T(i)))}}for(const e of n.checklist.items)e.status!=="passed"&&N.push({source:`go-live: ${e.name}`,what:`${e.status}: ${e.evidence}`});return{schemaVersion:1,generatedAt:n.now.toISOString(),areas:K,alerts:r.alerts?{owner:r.alerts,note:t.alerts?.length?`alerts go to ${t.alerts.map((e,o)=>e.name??(e["github-issue"]?"a GitHub issue per failure":`webhook ${o+1} (${e.format??"slack"})`)).join(" and ")}`:"stated in launch.owners.alerts; the manifest has no alerts section, so release-gate sends them nothing"}:{note:"nobody: launch.owners.alerts is not set"},...t.launch?.logs?{logs:t.launch.logs}:{},...t.launch?.rollback?{rollback:t.launch.rollback}:{},operations:g,nextSteps:N,knownLimitations:t.launch?.["known-limitations"]??[]}}function T(n){return{source:n.ruleId,what:n.message,...n.hint?{how:n.hint}:{},...n.file?{where:`${n.file}${n.line?`:${n.line}`:""}`}:{}}}function F(n){return n.ratio===null?"no runs":`${(n.ratio*100).toFixed(1)}% (${n.passed}/${n.runs})`}function M(n){const t=[`# Handover

`,`Generated ${n.generatedAt.slice(0,16).replace("T"," ")} UTC from the manifest's \`launch\` facts and what the checks observed.

`,`## Where things live

`];t.push(`| Area | Who holds it | Observed or declared |
| --- | --- | --- |
`);for(const s of n.areas)t.push(`| ${(0,b.H)(s.area)} | ${s.owner?(0,b.H)(s.owner):"not stated (launch.owners)"} | ${s.observed.length?s.observed.map(b.H).join("<br>"):"\u2014"} |
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
`),t.join("")}var R=c(28903);const W=`Usage: release-gate report --launch [--output FILE] [--format markdown|json]
       release-gate report --handover [--output FILE] [--format markdown|json]

--launch     the go-live checklist: each item passed, failed or not checked, with the run, finding and
             date it rests on (from the history and the manifest); known limitations close it.
             Exits 0 only when every item passed.
--handover   where DNS, hosting, mail records and secrets live, who is alerted, where logs are, how to
             roll back, and next steps from the open warnings.
--output FILE  writes FILE (Markdown, or JSON when it ends in .json) and the other format beside it
             (FILE.json or FILE.md); without it the report goes to standard output.
Options: -m, --manifest PATH; --history FILE (an NDJSON history instead of the manifest's store).
`,G={async run(n,t,s=()=>new Date){let r;try{({values:r}=(0,E.parseArgs)({args:n,strict:!0,options:{launch:{type:"boolean"},handover:{type:"boolean"},output:{type:"string",short:"o"},format:{type:"string",short:"f"},manifest:{type:"string",short:"m"},history:{type:"string"},help:{type:"boolean",short:"h"}}}))}catch(a){return S(t,a.message)}if(r.help)return t.stdout(W),0;if(!!r.launch==!!r.handover)return S(t,"give exactly one of --launch and --handover");const d=r.format??"markdown";if(d!=="markdown"&&d!=="json")return S(t,`--format must be markdown or json, got "${d}"`);try{const a=await(0,R._)(t,r,s()),w=`${a.historySource} (${a.records.length} runs)${a.manifestFile?` and ${a.manifestFile}`:""}`;let h,u,f=0;if(r.launch)h=(0,j.X)(a.checklist,w),u=`${JSON.stringify(a.checklist,null,2)}
`,f=a.checklist.ready?0:1;else{const l=J({...a,now:s()});h=M(l),u=`${JSON.stringify(l,null,2)}
`}if(r.output){const l=(0,v.resolve)(t.cwd,r.output),p=(0,v.extname)(l).toLowerCase()===".json",m=`${l.slice(0,l.length-(0,v.extname)(l).length)}${p?".md":".json"}`;await(0,k.mkdir)((0,v.dirname)(l),{recursive:!0}),await(0,k.writeFile)(l,p?u:h),await(0,k.writeFile)(m,p?h:u),t.stdout(`report: ${r.launch?"go-live checklist":"handover"} written to ${r.output} and ${(0,v.relative)(t.cwd,m)}
`)}else t.stdout(d==="json"?u:h);return f}catch(a){if(a instanceof I.S)return t.stderr(`${a.message}
`),2;if(a instanceof U.tx||a instanceof H.J)return t.stderr(`release-gate report: ${a.message}
`),2;throw a}}};function S(n,t){return n.stderr(`release-gate report: ${t}
Run release-gate report --help for usage.
`),2}})};return{id:X,ids:B,modules:Q};})