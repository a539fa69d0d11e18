// Reads action metadata and workflow files with GitHub's own template parser (the one the Actions
// language service uses) and prints, as JSON, every error it reports per file. Run with
//   node --import ./register.mjs parse-github-files.mjs FILE...
// A file named action.yml/action.yaml is action metadata; anything else is a workflow.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { convertActionTemplate } from '@actions/workflow-parser/actions/action-template';

const results = [];
for (const name of process.argv.slice(2)) {
  const file = { name, content: readFileSync(name, 'utf8') };
  const trace = new NoOperationTraceWriter();
  let errors;
  if (/^action\.ya?ml$/.test(basename(name))) {
    const parsed = parseAction(file, trace);
    if (parsed.value) convertActionTemplate(parsed.context, parsed.value);
    errors = parsed.context.errors.getErrors();
  } else {
    const parsed = parseWorkflow(file, trace);
    // The converter checks what the parser leaves: job needs, matrix, expressions in `if`.
    if (parsed.value) await convertWorkflowTemplate(parsed.context, parsed.value);
    errors = parsed.context.errors.getErrors();
  }
  results.push({ file: name, errors: errors.map((e) => e.message) });
}
process.stdout.write(JSON.stringify(results));
