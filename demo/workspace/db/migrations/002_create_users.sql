CREATE TABLE users (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text NOT NULL UNIQUE,
  name text
);

SET lock_timeout = '5s';
ALTER TABLE tasks ADD CONSTRAINT tasks_assignee_fkey FOREIGN KEY (assignee_id) REFERENCES users (id) NOT VALID;
ALTER TABLE tasks VALIDATE CONSTRAINT tasks_assignee_fkey;
