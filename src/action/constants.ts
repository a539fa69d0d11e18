/** Input and output names of every release-gate action, spelled once. */
export enum Inputs {
  Manifest = 'manifest',
  Checks = 'checks',
  Environment = 'environment',
  Base = 'base',
  FailOn = 'fail-on',
  Token = 'token',
  Comment = 'comment',
  Report = 'report',
}

export enum Outputs {
  Status = 'status',
  Findings = 'findings',
  Report = 'report',
  Sarif = 'sarif',
}
