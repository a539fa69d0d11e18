CREATE TABLE task_labels (
  task_id bigint NOT NULL REFERENCES tasks (id),
  label text NOT NULL,
  PRIMARY KEY (task_id, label)
);
