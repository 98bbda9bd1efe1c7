-- Every API process keeps the users its API keys belong to in memory (src/api/api-key-cache.ts) and
-- forgets them all when told that credentials changed: a key revoked or removed, a user deactivated,
-- renamed, given another role or removed. Told by the database, so that a change made by hand, by a
-- script or by another API process is heard too. The notice goes out when the transaction commits;
-- a failed sign-in's counters (also on users) are not credentials.
CREATE FUNCTION notify_credentials_changed() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('credentials_changed', '');
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER api_keys_changed AFTER UPDATE OF key_hash, user_id, revoked_at OR DELETE ON api_keys
  FOR EACH STATEMENT EXECUTE FUNCTION notify_credentials_changed();

CREATE TRIGGER users_changed AFTER UPDATE OF name, role, active OR DELETE ON users
  FOR EACH STATEMENT EXECUTE FUNCTION notify_credentials_changed();
