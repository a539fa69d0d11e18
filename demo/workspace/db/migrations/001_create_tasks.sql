-- Tasks: the heart of the operations tool.
CREATE TABLE tasks (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  title text NOT NULL,
  status text NOT NULL DEFAULT 'open',
  assignee_id bigint,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- A new table is empty and unused: a plain index is fine here.
CREATE INDEX tasks_status_idx ON tasks (status);
