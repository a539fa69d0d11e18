-- Speeds up "my tasks" on the dashboard.
CREATE INDEX tasks_assignee_idx ON tasks (assignee_id);
