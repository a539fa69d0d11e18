-- Written on the feature branch before 004 landed on main.
SET lock_timeout = '5s';
ALTER TABLE tasks ADD COLUMN due_at timestamptz;
